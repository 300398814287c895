package com.kafkaconnectkraken.source.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.simulator.KrakenSimulator;
import com.kafkaconnectkraken.simulator.exchange.ExchangeConfig;
import com.kafkaconnectkraken.simulator.exchange.account.LedgerEntry;
import com.kafkaconnectkraken.simulator.exchange.rest.RestTier;
import com.kafkaconnectkraken.testkit.ConnectStack;
import com.kafkaconnectkraken.testkit.ConnectStackExtension;
import com.kafkaconnectkraken.testkit.SimulatorConnectorConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** KIP-618: the connector runs with exactly.once.support=required on a worker with exactly-once source support. */
class ExactlyOnceLedgersIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension(
            ConnectStack.builder().workerProperty("exactly.once.source.support", "enabled")
                    .brokerProperty("transaction.state.log.replication.factor", "1")
                    .brokerProperty("transaction.state.log.min.isr", "1"));

    private static final String KEY = "eos-key";
    private static final String SECRET = "c2VjcmV0LXNlY3JldC1zZWNyZXQ=";

    @Test
    void ledgersAreWrittenTransactionallyWithExactlyOnceRequired() {
        ConnectStack stack = STACK.get();
        try (KrakenSimulator simulator = KrakenSimulator.builder().account(KEY, SECRET)
                .exchangeConfig(ExchangeConfig.builder().restTier(RestTier.PRO).build()).build().start()) {
            for (int i = 0; i < 55; i++) {
                simulator.exchange().deposit(KEY, "USD", BigDecimal.valueOf(i + 1));
            }
            Map<String, String> config = new HashMap<>(SimulatorConnectorConfig.endpoints(simulator));
            config.putAll(SimulatorConnectorConfig.credentials(KEY, SECRET));
            config.putAll(stack.avroValueConverter());
            config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
            config.put("connector.class", "com.kafkaconnectkraken.source.KrakenSourceConnector");
            config.put("exactly.once.support", "required");
            config.put("topic.prefix", "eos");
            config.put("channels", "");
            config.put("rest.endpoints", "Ledgers");
            config.put("rest.tier", "pro");
            config.put("ledgers.start", "earliest");
            stack.deployConnector("eos", config);
            stack.awaitRunning("eos", 1);
            List<String> expected = simulator.exchange().ledgerEntries(KEY).stream().map(LedgerEntry::id).toList();
            List<String> written = stack.consume("eos.ledger", expected.size(), Duration.ofSeconds(60)).stream()
                    .map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
            assertEquals(expected, written);
            stack.cluster().deleteConnector("eos");
        }
    }
}
