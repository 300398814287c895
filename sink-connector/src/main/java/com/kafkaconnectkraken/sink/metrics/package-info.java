/** JMX metrics of a sink task ({@link com.kafkaconnectkraken.sink.metrics.SinkTaskMetrics}). */
package com.kafkaconnectkraken.sink.metrics;
