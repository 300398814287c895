/**
 * Issue 15's fault harness: the scenarios run on {@link com.kafkaconnectkraken.cli.FaultCluster} (separate JVMs), the
 * command driver, the worker killer, the counts at the simulator and on the reply topic, the secret scan.
 */
package com.kafkaconnectkraken.fault;
