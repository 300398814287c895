/**
 * Step 5, send: the command goes out on the WS v2 trading API and Kraken's answer, or its absence, is classified once ({@link com.kafkaconnectkraken.sink.send.CommandFailure}).
 *
 * <p>The command path: parse ({@code command}) &rarr; authenticate ({@code auth}) &rarr; guard ({@code guard}) &rarr;
 * redelivery check ({@code redelivery}) &rarr; send ({@code send}) &rarr; reconcile ({@code reconcile}) &rarr;
 * acknowledge ({@code reply}), run per record by {@link com.kafkaconnectkraken.sink.CommandProcessor}.
 */
package com.kafkaconnectkraken.sink.send;
