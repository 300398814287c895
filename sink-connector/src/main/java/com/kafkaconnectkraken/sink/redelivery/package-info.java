/**
 * Step 4, redelivery check: a placing command that an earlier run may already have sent is looked up by cl_ord_id before it is sent again.
 *
 * <p>The command path: parse ({@code command}) &rarr; authenticate ({@code auth}) &rarr; guard ({@code guard}) &rarr;
 * redelivery check ({@code redelivery}) &rarr; send ({@code send}) &rarr; reconcile ({@code reconcile}) &rarr;
 * acknowledge ({@code reply}), run per record by {@link com.kafkaconnectkraken.sink.CommandProcessor}.
 */
package com.kafkaconnectkraken.sink.redelivery;
