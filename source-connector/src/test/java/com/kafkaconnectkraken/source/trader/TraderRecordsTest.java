package com.kafkaconnectkraken.source.trader;

import static com.kafkaconnectkraken.source.trader.TraderFrames.depth;
import static com.kafkaconnectkraken.source.trader.TraderFrames.execution;
import static com.kafkaconnectkraken.source.trader.TraderFrames.message;
import static com.kafkaconnectkraken.source.trader.TraderFrames.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.schema.DecimalHandlingMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.source.SourceRecord;
import org.junit.jupiter.api.Test;

/** Every Trader data event from realistic frames (docs/protocol/trader-api.md §4, §7) into its record. */
class TraderRecordsTest {

    private final TraderRecords precise = new TraderRecords(TraderRecords.factory(DecimalHandlingMode.PRECISE, "kraken"));
    private final TraderRecords strings = new TraderRecords(TraderRecords.factory(DecimalHandlingMode.STRING, "kraken"));

    @Test
    void aQuoteKeepsItsExactDecimalsAndMillisecondTime() {
        SourceRecord record = one(precise.map(quote("1.08430", "2026-06-01T12:00:00.123Z")));
        assertEquals("kraken.trader.quotes", record.topic());
        assertEquals("EURUSD", record.key());
        Struct value = (Struct) record.value();
        assertEquals(new BigDecimal("1.084300000000000000"), value.get("bid"));
        assertEquals(new BigDecimal("1.084500000000000000"), value.get("ask"));
        assertEquals(Date.from(Instant.parse("2026-06-01T12:00:00.123Z")), value.get("ts"));
        assertEquals("2026-06-01T12:00:00.123Z", value.get("ts_text"));
        assertEquals(Instant.parse("2026-06-01T12:00:00.123Z").toEpochMilli(), record.timestamp());
        assertEquals(Date.from(TraderFrames.RECEIVED), value.get("received_at"));
        assertNull(value.get("extra_fields"));
        Struct text = (Struct) one(strings.map(quote("1.08430", "2026-06-01T12:00:00.123Z"))).value();
        assertEquals("1.08430", text.get("bid"), "string mode keeps the wire scale");
    }

    @Test
    void aMicrosecondTimeIsCutToMillisAndKeptExactlyAsText() {
        Struct value = (Struct) one(precise.map(quote("1.0843", "2026-06-01T12:00:00.123456Z"))).value();
        assertEquals(Date.from(Instant.parse("2026-06-01T12:00:00.123Z")), value.get("ts"));
        assertEquals("2026-06-01T12:00:00.123456Z", value.get("ts_text"));
    }

    @Test
    void anExecutionMapsCamelCaseFieldsAndKeepsUnknownOnesAsJsonText() {
        String payload = "{'accountId':'acc_1','orderId':'o-7','symbol':'EURUSD','side':'SELL','type':'LIMIT','quantity':10000,"
                + "'filledQuantity':2500,'price':1.08500,'status':'PARTIALLY_FILLED','ts':'2026-06-01T12:00:00Z',"
                + "'commission':0.50,'venue':{'mic':'XOFF'},'timeInForce':'GTC'}";
        SourceRecord record = one(strings.map(message("executionEvent", payload)));
        assertEquals("kraken.trader.executions", record.topic());
        assertEquals("o-7", record.key());
        Struct value = (Struct) record.value();
        assertEquals("acc_1", value.get("account_id"));
        assertEquals("10000", value.get("quantity"));
        assertEquals("2500", value.get("filled_quantity"));
        assertEquals("1.08500", value.get("price"));
        assertEquals("GTC", value.get("time_in_force"));
        assertEquals("PARTIALLY_FILLED", value.get("status"));
        assertEquals("ws", value.get("source"));
        assertEquals(Map.of("commission", "0.50", "venue", "{\"mic\":\"XOFF\"}"), value.get("extra_fields"));
        Struct exact = (Struct) one(precise.map(execution("o-8", "FILLED", "10000"))).value();
        assertEquals(new BigDecimal("10000.000000000000000000"), exact.get("quantity"));
        assertEquals("c-1", exact.get("client_order_id"));
    }

    @Test
    void eachOrderStateIsPublishedOnce() {
        assertEquals(1, precise.map(execution("o-1", "ACCEPTED", "0")).size());
        assertEquals(1, precise.map(execution("o-1", "PARTIALLY_FILLED", "5000")).size());
        assertEquals(0, precise.map(execution("o-1", "PARTIALLY_FILLED", "5000.0")).size(), "same quantity, other scale");
        assertEquals(1, precise.map(execution("o-1", "FILLED", "10000")).size());
        assertEquals(1, precise.duplicateExecutions());
    }

    @Test
    void anOrderHistoryAnswerBackfillsOnlyUnpublishedStatesOfTheTasksSymbols() {
        precise.map(execution("o-1", "FILLED", "10000"));
        String orders = "{'accountId':'acc_1','orders':["
                + "{'accountId':'acc_1','orderId':'o-2','symbol':'EURUSD','side':'BUY','type':'MARKET','quantity':20000,"
                + "'filledQuantity':20000,'status':'FILLED','ts':'2026-06-01T12:00:05.000Z','createdAt':'2026-06-01T12:00:04.500Z'},"
                + "{'accountId':'acc_1','orderId':'o-1','symbol':'EURUSD','side':'BUY','type':'MARKET','quantity':10000,"
                + "'filledQuantity':10000,'status':'FILLED','ts':'2026-06-01T12:00:00.250Z','createdAt':'2026-06-01T12:00:00Z'},"
                + "{'accountId':'acc_1','orderId':'o-3','symbol':'GBPUSD','side':'BUY','type':'MARKET','quantity':1000,"
                + "'filledQuantity':1000,'status':'FILLED','ts':'2026-06-01T12:00:06Z','createdAt':'2026-06-01T12:00:06Z'}]}";
        List<SourceRecord> recovered = precise.backfilled(message("orderHistory", orders), Set.of("EURUSD")::contains);
        Struct value = (Struct) one(recovered).value();
        assertEquals("o-2", value.get("order_id"));
        assertEquals("order_history", value.get("source"));
        assertEquals(Date.from(Instant.parse("2026-06-01T12:00:04.500Z")), value.get("created_at"));
        assertEquals("2026-06-01T12:00:04.500Z", value.get("created_at_text"));
        assertEquals(0, precise.map(execution("o-2", "FILLED", "20000")).size(), "backfilled, then live: once");
    }

    @Test
    void aPortfolioMapsNestedBalancesAndPositionsWithNestedUnknownFields() {
        String payload = "{'accountId':'acc_1','balances':[{'currency':'USD','amount':99891.50}],'positions':[{'positionId':'p-1',"
                + "'symbol':'EURUSD','side':'BUY','quantity':10000,'avgPrice':1.08450,'unrealizedPnl':-2.00,'swap':0.1}],"
                + "'ts':'2026-06-01T12:00:00Z'}";
        SourceRecord record = one(strings.map(message("portfolioEvent", payload)));
        assertEquals("kraken.trader.portfolio", record.topic());
        assertEquals("acc_1", record.key());
        Struct value = (Struct) record.value();
        Struct balance = (Struct) value.getArray("balances").get(0);
        assertEquals("99891.50", balance.get("amount"));
        Struct position = (Struct) value.getArray("positions").get(0);
        assertEquals("p-1", position.get("position_id"));
        assertEquals("1.08450", position.get("avg_price"));
        assertEquals("-2.00", position.get("unrealized_pnl"));
        assertEquals(Map.of("positions.swap", "0.1"), value.get("extra_fields"));
    }

    @Test
    void metricsMapEveryFigureAndANullMarginLevel() {
        String payload = "{'accountId':'acc_1','equity':100010.25,'balance':100000,'margin':0,'freeMargin':100010.25,"
                + "'marginLevel':null,'unrealizedPnl':10.25,'realizedPnl':0,'ts':'2026-06-01T12:00:00Z'}";
        SourceRecord record = one(strings.map(message("metricsEvent", payload)));
        assertEquals("kraken.trader.metrics", record.topic());
        Struct value = (Struct) record.value();
        assertEquals("100010.25", value.get("free_margin"));
        assertEquals("100000", value.get("balance"));
        assertNull(value.get("margin_level"));
        assertNull(value.get("extra_fields"));
    }

    @Test
    void aSortedUncrossedDepthEventIsOneRecordOfTheWholeBook() {
        SourceRecord record = one(strings.map(depth("[[1.08430,1000000],[1.08420,2000000]]", "[[1.08450,1000000],[1.08460,500000]]")));
        assertEquals("kraken.trader.depth", record.topic());
        assertEquals("EURUSD", record.key());
        Struct value = (Struct) record.value();
        List<Object> bids = value.getArray("bids");
        assertEquals(2, bids.size());
        assertEquals("1.08430", ((Struct) bids.get(0)).get("price"));
        assertEquals("2000000", ((Struct) bids.get(1)).get("size"));
        assertEquals("1.08460", ((Struct) value.getArray("asks").get(1)).get("price"));
        assertNull(value.get("extra_fields"));
    }

    @Test
    void unsortedOrCrossedDepthIsUnverifiedAndABadLevelIsMalformed() {
        assertThrows(DepthBooks.UnverifiedBook.class, () -> precise.map(depth("[[1.0842,1],[1.0843,1]]", "[[1.0845,1]]")));
        assertThrows(DepthBooks.UnverifiedBook.class, () -> precise.map(depth("[[1.0843,1]]", "[[1.0846,1],[1.0845,1]]")));
        assertThrows(DepthBooks.UnverifiedBook.class, () -> precise.map(depth("[[1.0843,1],[1.0843,2]]", "[[1.0845,1]]")));
        assertThrows(DepthBooks.UnverifiedBook.class, () -> precise.map(depth("[[1.0845,1]]", "[[1.0845,1]]")));
        DataException bad = assertThrows(DataException.class, () -> precise.map(depth("[[1.0843]]", "[]")));
        assertFalse(bad instanceof DepthBooks.UnverifiedBook);
        assertEquals(1, precise.map(depth("[]", "[[1.0845,1]]")).size(), "one empty side is a valid book");
    }

    @Test
    void malformedPayloadsAreDataExceptionsNamingTheField() {
        DataException noSymbol = assertThrows(DataException.class,
                () -> precise.map(message("quoteEvent", "{'bid':1.0843,'ask':1.0845,'ts':'2026-06-01T12:00:00Z'}")));
        assertTrue(noSymbol.getMessage().contains("symbol"), noSymbol.getMessage());
        DataException badBid = assertThrows(DataException.class, () -> precise.map(quote("'abc'", "2026-06-01T12:00:00Z")));
        assertTrue(badBid.getMessage().contains("bid"), badBid.getMessage());
        assertThrows(DataException.class, () -> precise.map(quote("1.0843", "yesterday")));
        assertThrows(DataException.class, () -> precise.backfilled(message("orderHistory", "{'accountId':'acc_1'}"), s -> true));
        assertTrue(precise.map(message("subscribed", "{'symbols':['EURUSD'],'events':['quoteEvent']}")).isEmpty());
    }

    private static SourceRecord one(List<SourceRecord> records) {
        assertEquals(1, records.size());
        return records.get(0);
    }
}
