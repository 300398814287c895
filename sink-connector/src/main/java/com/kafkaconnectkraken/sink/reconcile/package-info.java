/**
 * Step 6, reconcile: an UNKNOWN outcome (sent, no answer) is settled from a late answer, the executions stream or Kraken's order history.
 *
 * <p>The command path: parse ({@code command}) &rarr; authenticate ({@code auth}) &rarr; guard ({@code guard}) &rarr;
 * redelivery check ({@code redelivery}) &rarr; send ({@code send}) &rarr; reconcile ({@code reconcile}) &rarr;
 * acknowledge ({@code reply}), run per record by {@link com.kafkaconnectkraken.sink.CommandProcessor}.
 */
package com.kafkaconnectkraken.sink.reconcile;
