/**
 * Step 2, authenticate: the optional HMAC-SHA256 header of a command record is checked before the command can run.
 *
 * <p>The command path: parse ({@code command}) &rarr; authenticate ({@code auth}) &rarr; guard ({@code guard}) &rarr;
 * redelivery check ({@code redelivery}) &rarr; send ({@code send}) &rarr; reconcile ({@code reconcile}) &rarr;
 * acknowledge ({@code reply}), run per record by {@link com.kafkaconnectkraken.sink.CommandProcessor}.
 */
package com.kafkaconnectkraken.sink.auth;
