package com.kafkaconnectkraken.source.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.ws.FuturesMessage;
import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import com.kafkaconnectkraken.source.mapping.RecordFactory;
import com.kafkaconnectkraken.source.testing.Vectors;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** Every non-book frame of testdata/kraken-vectors/futures/feeds_samples.json becomes records with no value lost. */
class FuturesRecordsTest {

    private static final JsonNode SAMPLES = Vectors.json("futures/feeds_samples.json");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final FuturesRecords records = new FuturesRecords(factory(DecimalHandlingMode.PRECISE));

    static RecordFactory factory(DecimalHandlingMode mode) {
        return FuturesRecords.factory(mode, "kraken");
    }

    @Test
    void tickerKeepsEveryFieldExactly() {
        List<SourceRecord> out = records.map(message(FuturesFeed.TICKER, false, SAMPLES.get("ticker")));
        assertEquals(1, out.size());
        SourceRecord record = out.get(0);
        assertEquals("kraken.futures.ticker", record.topic());
        assertEquals("PI_XBTUSD", record.key());
        Struct value = (Struct) record.value();
        assertNull(value.get("extra_fields"), "no field of the sample may land in extra_fields");
        assertEquals(new BigDecimal("21978.5"), scaled(value.get("bid")));
        assertEquals(new BigDecimal("-0.000000000062604214"), scaled(value.get("funding_rate")));
        assertEquals(new Date(1676393235406L), value.get("time"));
        assertEquals(new Date(1676394000000L), value.get("next_funding_rate_time"));
        assertEquals("50x", value.get("leverage"));
        assertNull(value.get("maturityTime"), "0 means unset");
    }

    @Test
    void fillsSnapshotIsOneRecordPerFillAndARepeatedFillIsNotPublishedTwice() {
        JsonNode snapshot = SAMPLES.get("fills_snapshot");
        List<SourceRecord> first = records.map(message(FuturesFeed.FILLS, true, snapshot));
        assertEquals(2, first.size());
        Struct fill = (Struct) first.get(0).value();
        assertEquals("cad76f07-814e-4dc6-8478-7867407b6bff", first.get(0).key());
        assertEquals("kraken.futures.fill", first.get(0).topic());
        assertEquals("DemoUser", fill.get("account"));
        assertEquals(true, fill.get("snapshot"));
        assertEquals(new BigDecimal("-0.000091428570000000"), fill.get("fee_paid"));
        assertNull(fill.get("extra_fields"));
        assertTrue(records.map(message(FuturesFeed.FILLS, true, snapshot)).isEmpty(), "the snapshot after a reconnect");
        assertEquals(2, records.duplicateFills());
    }

    @Test
    void openOrderDeltaCarriesTheOrderAndItsReason() {
        List<SourceRecord> out = records.map(message(FuturesFeed.OPEN_ORDERS, false, SAMPLES.get("open_orders_delta")));
        Struct order = (Struct) out.get(0).value();
        assertEquals("59302619-41d2-4f0b-941f-7e7914760ad3", out.get(0).key());
        assertEquals("new_placed_order_by_user", order.get("reason"));
        assertEquals(false, order.get("is_cancel"));
        assertEquals(1, ((Number) order.get("direction")).intValue());
        assertEquals(new BigDecimal("10640.000000000000000000"), order.get("limit_price"));
        assertNull(order.get("extra_fields"));
    }

    @Test
    void aCancelDeltaWithOnlyIdsIsARecordToo() {
        ObjectNode cancel = KrakenJson.mapper().createObjectNode()
                .put("feed", "open_orders").put("order_id", "59302619-41d2-4f0b-941f-7e7914760ad3")
                .put("is_cancel", true).put("reason", "cancelled_by_user");
        Struct order = (Struct) records.map(message(FuturesFeed.OPEN_ORDERS, false, cancel)).get(0).value();
        assertEquals(true, order.get("is_cancel"));
        assertNull(order.get("extra_fields"));
    }

    @Test
    void aFillWithoutIdIsRejectedWithItsFieldNamed() {
        ObjectNode bad = SAMPLES.get("fills_snapshot").deepCopy();
        ((ObjectNode) bad.get("fills").get(0)).remove("fill_id");
        DataException e = assertThrows(DataException.class, () -> records.map(message(FuturesFeed.FILLS, true, bad)));
        assertTrue(e.getMessage().contains("fill_id"), e.getMessage());
    }

    @Test
    void stringModeWritesTheExactValueAsPlainText() {
        FuturesRecords strings = new FuturesRecords(factory(DecimalHandlingMode.STRING));
        Struct value = (Struct) strings.map(message(FuturesFeed.TICKER, false, SAMPLES.get("ticker"))).get(0).value();
        assertEquals("-0.000000000062604214", value.get("funding_rate"), "the exact token value as plain text");
    }

    static FuturesMessage message(FuturesFeed feed, boolean snapshot, JsonNode frame) {
        return new FuturesMessage(feed, snapshot, frame, NOW, 0L);
    }

    private static BigDecimal scaled(Object decimal) {
        return ((BigDecimal) decimal).stripTrailingZeros();
    }
}
