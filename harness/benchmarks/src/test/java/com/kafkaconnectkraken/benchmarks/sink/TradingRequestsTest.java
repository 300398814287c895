package com.kafkaconnectkraken.benchmarks.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.kafkaconnectkraken.client.json.KrakenJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves the command benchmark runs on real examples: each trading method has request examples,
 * and the encoder produces a request frame with the method, a token and a req_id.
 */
class TradingRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"add_order", "amend_order", "edit_order", "cancel_order", "cancel_all",
        "cancel_all_orders_after", "batch_add", "batch_cancel"})
    void everyMethodEncodesItsOfficialExamples(String method) throws Exception {
        assertFalse(TradingRequests.of(method).isEmpty());
        CommandEncodingBenchmark benchmark = new CommandEncodingBenchmark();
        benchmark.method = method;
        benchmark.load();
        var frame = KrakenJson.mapper().readTree(benchmark.commandToRequest());
        assertEquals(method, frame.get("method").asText());
        assertEquals("G38a1tGFzqGiUCmnegBcm8d4nfP3tytiNQz6tkCBYXY", frame.get("params").get("token").asText());
        assertEquals(1, frame.get("req_id").asLong());
    }
}
