/**
 * Step 1, parse: a command record (Avro/JSON struct or map) becomes an {@link com.kafkaconnectkraken.sink.command.OrderCommand} with exact decimals and a cl_ord_id (given, or derived from the record's coordinates); bad input is an {@link com.kafkaconnectkraken.sink.command.InvalidCommandException}.
 *
 * <p>The command path: parse ({@code command}) &rarr; authenticate ({@code auth}) &rarr; guard ({@code guard}) &rarr;
 * redelivery check ({@code redelivery}) &rarr; send ({@code send}) &rarr; reconcile ({@code reconcile}) &rarr;
 * acknowledge ({@code reply}), run per record by {@link com.kafkaconnectkraken.sink.CommandProcessor}.
 */
package com.kafkaconnectkraken.sink.command;
