package com.kafkaconnectkraken.source.mapping;

import static com.kafkaconnectkraken.source.testing.Landed.assertAllFieldsLanded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.config.KrakenSourceConnectorConfig;
import com.kafkaconnectkraken.source.config.RecordType;
import com.kafkaconnectkraken.source.config.RestEndpoint;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RestMapperTest {

    private static final Instant RECEIVED = Instant.parse("2026-01-02T03:04:05.678Z");
    private final RecordFactory records = new RecordFactory(new StructMapper(DecimalHandlingMode.PRECISE),
            new KrakenSourceConnectorConfig(Map.of("symbols", "BTC/USD")).topicNames());
    private final RestMapper mapper = new RestMapper(records);

    private static JsonNode result(String endpoint) {
        return Vectors.json("rest/" + endpoint + ".json").get("response").get("result");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"BalanceEx,,asset", "OpenOrders,open,order_id", "ClosedOrders,closed,order_id",
        "TradesHistory,trades,txid", "OpenPositions,,position_id"})
    void everyFieldOfKeyedEntriesLands(String endpoint, String wrapper, String keyField) {
        JsonNode byId = wrapper == null ? result(endpoint) : result(endpoint).get(wrapper);
        List<SourceRecord> out = mapper.snapshot(RestEndpoint.fromMethod(endpoint), result(endpoint), Map.of(), RECEIVED);
        assertEquals(byId.size(), out.size());
        List<String> ids = List.copyOf(iterable(byId));
        for (int i = 0; i < out.size(); i++) {
            Struct value = (Struct) out.get(i).value();
            assertEquals(ids.get(i), out.get(i).key());
            assertEquals(ids.get(i), value.get(keyField));
            assertAllFieldsLanded(byId.get(ids.get(i)), value, Map.of());
        }
    }

    @Test
    void ledgerEntriesLandWithIdTimeTextAndSignedAmounts() {
        for (String file : List.of("Ledgers", "QueryLedgers")) {
            JsonNode result = result(file);
            JsonNode byId = result.has("ledger") ? result.get("ledger") : result;
            for (ObjectNode item : RestMapper.keyed(byId, "ledger_id", "ledger")) {
                SourceRecord record = records.record(RecordType.LEDGER, item, RECEIVED);
                JsonNode wire = byId.get(item.get("ledger_id").asText());
                assertAllFieldsLanded(wire, (Struct) record.value(), Map.of());
                assertEquals(item.get("ledger_id").asText(), record.key());
                assertEquals("kraken.ledger", record.topic());
            }
        }
        ObjectNode first = RestMapper.keyed(result("Ledgers").get("ledger"), "ledger_id", "ledger").get(0);
        Struct value = (Struct) records.record(RecordType.LEDGER, first, RECEIVED).value();
        assertEquals("1688464484.1787", value.get("time_text"));
        assertEquals(new Date(1688464484178L), value.get("time"));
        assertEquals(new BigDecimal("-24.500000000000000000"), value.get("amount"));
    }

    @Test
    void plainBalanceMapsToAccountBalanceWithoutCredit() {
        List<SourceRecord> out = mapper.snapshot(RestEndpoint.BALANCE, result("Balance"), Map.of(), RECEIVED);
        assertEquals(10, out.size());
        Struct xbt = out.stream().map(r -> (Struct) r.value()).filter(s -> s.get("asset").equals("XXBT")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1011.190887790000000000"), xbt.get("balance"));
        assertEquals("Balance", xbt.get("endpoint"));
        assertNull(xbt.get("credit"));
        assertEquals("kraken.balance_ex", out.get(0).topic());
    }

    @Test
    void tradeBalanceAndTradeVolumeAreSingleRecords() {
        SourceRecord tb = mapper.snapshot(RestEndpoint.TRADE_BALANCE, result("TradeBalance"), Map.of("asset", "ZUSD"), RECEIVED).get(0);
        assertAllFieldsLanded(result("TradeBalance"), (Struct) tb.value(), Map.of());
        assertEquals("ZUSD", tb.key());
        SourceRecord tv = mapper.snapshot(RestEndpoint.TRADE_VOLUME, result("TradeVolume"), Map.of(), RECEIVED).get(0);
        assertAllFieldsLanded(result("TradeVolume"), (Struct) tv.value(), Map.of());
        Struct tier = (Struct) ((Struct) tv.value()).getMap("fees").get("XXBTZUSD");
        assertNull(tier.get("nextfee"));
        assertEquals(new BigDecimal("0.260000000000000000"), tier.get("maxfee"));
    }

    @Test
    void zeroTimesMeanUnset() {
        JsonNode open = result("OpenOrders");
        Struct order = (Struct) mapper.snapshot(RestEndpoint.OPEN_ORDERS, open, Map.of(), RECEIVED).get(0).value();
        assertNull(order.get("starttm"));
        assertEquals("0", order.get("starttm_text"));
        assertNull(order.get("expiretm"));
        assertEquals("1688666559.8974", order.get("opentm_text"));
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
