package com.kafkaconnectkraken.simulator.futures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The public Futures data frames, shaped like Kraken's samples (https://docs.kraken.com/api/docs/futures-api/websocket/book,
 * .../ticker, .../ticker_lite, .../trade; docs/protocol/kraken-futures.md): flat objects keyed by {@code feed}, epoch-ms
 * times, numbers as JSON numbers, {@code tickSize} {@code null} in {@code book_snapshot}.
 */
final class PublicFrames {

    private static final long DAY_MS = 86_400_000L;
    private static final long HOUR_MS = 3_600_000L;

    private PublicFrames() {
    }

    /** @return {@code {feed:"book_snapshot", product_id, timestamp, seq, tickSize:null, bids:[{price,qty}], asks}} */
    static ObjectNode bookSnapshot(FuturesProduct product, FuturesBook book, long now) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.BOOK.snapshotFeed().orElseThrow());
        frame.put("product_id", product.symbol());
        frame.put("timestamp", now);
        frame.put("seq", book.seq());
        frame.putNull("tickSize");
        levels(frame.putArray("bids"), book.side(FuturesSide.BUY));
        levels(frame.putArray("asks"), book.side(FuturesSide.SELL));
        return frame;
    }

    private static void levels(ArrayNode out, Map<BigDecimal, BigDecimal> side) {
        side.forEach((price, qty) -> {
            ObjectNode level = out.addObject();
            FuturesJson.decimal(level, "price", price);
            FuturesJson.decimal(level, "qty", qty);
        });
    }

    /** @return {@code {feed:"book", product_id, side, seq, price, qty, timestamp}} (qty 0 = level removed) */
    static ObjectNode bookDelta(FuturesProduct product, FuturesBook.Delta delta, long now) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.BOOK.wireName());
        frame.put("product_id", product.symbol());
        frame.put("side", delta.side().wire());
        frame.put("seq", delta.seq());
        FuturesJson.decimal(frame, "price", delta.price());
        FuturesJson.decimal(frame, "qty", delta.qty());
        frame.put("timestamp", now);
        return frame;
    }

    /** @return {@code {feed:"trade", product_id, uid, side, type:"fill", seq, time, qty, price}} */
    static ObjectNode trade(FuturesProduct product, TradePrint print) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.TRADE.wireName());
        frame.put("product_id", product.symbol());
        frame.put("uid", print.uid());
        frame.put("side", print.side().wire());
        frame.put("type", "fill");
        frame.put("seq", print.seq());
        frame.put("time", print.time());
        FuturesJson.decimal(frame, "qty", print.qty());
        FuturesJson.decimal(frame, "price", print.price());
        return frame;
    }

    /** @return {@code {feed:"trade_snapshot", product_id, trades:[trade frames, newest first]}} */
    static ObjectNode tradeSnapshot(FuturesProduct product, List<TradePrint> newestFirst) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.TRADE.snapshotFeed().orElseThrow());
        frame.put("product_id", product.symbol());
        ArrayNode trades = frame.putArray("trades");
        newestFirst.forEach(print -> trades.add(trade(product, print)));
        return frame;
    }

    /** @return the {@code ticker} frame with every field of Kraken's sample (perpetuals add the funding fields) */
    static ObjectNode ticker(FuturesProduct product, FuturesBook book, FuturesTickerStats stats, long now) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.TICKER.wireName());
        frame.put("time", now);
        frame.put("product_id", product.symbol());
        BigDecimal mark = mark(book, stats);
        BigDecimal index = FuturesTickerStats.index(mark);
        if (product.perpetual()) {
            funding(frame, stats, index, now);
        }
        quote(frame, book);
        FuturesJson.decimal(frame, "volume", stats.volume());
        frame.put("dtm", daysToMaturity(product, now));
        frame.put("leverage", "50x");
        FuturesJson.decimal(frame, "index", index);
        FuturesJson.decimal(frame, "premium", FuturesTickerStats.premiumPercent(mark, index));
        FuturesJson.decimal(frame, "last", stats.last());
        FuturesJson.decimal(frame, "change", stats.changePercent());
        frame.put("suspended", false);
        frame.put("tag", product.tag());
        frame.put("pair", product.pair());
        FuturesJson.decimal(frame, "openInterest", stats.openInterest());
        FuturesJson.decimal(frame, "markPrice", mark);
        frame.put("maturityTime", product.maturityTime());
        frame.put("post_only", false);
        FuturesJson.decimal(frame, "volumeQuote", stats.volumeQuote());
        FuturesJson.decimal(frame, "open", stats.open());
        FuturesJson.decimal(frame, "high", stats.high());
        FuturesJson.decimal(frame, "low", stats.low());
        return frame;
    }

    private static void funding(ObjectNode frame, FuturesTickerStats stats, BigDecimal index, long now) {
        FuturesJson.decimal(frame, "funding_rate", stats.absoluteFundingRate(stats.relativeFundingRate(), index));
        FuturesJson.decimal(frame, "funding_rate_prediction",
                stats.absoluteFundingRate(stats.relativeFundingRatePrediction(), index));
        FuturesJson.decimal(frame, "relative_funding_rate", stats.relativeFundingRate());
        FuturesJson.decimal(frame, "relative_funding_rate_prediction", stats.relativeFundingRatePrediction());
        frame.put("next_funding_rate_time", (now / HOUR_MS + 1) * HOUR_MS);
    }

    private static void quote(ObjectNode frame, FuturesBook book) {
        FuturesJson.decimal(frame, "bid", book.best(FuturesSide.BUY));
        FuturesJson.decimal(frame, "ask", book.best(FuturesSide.SELL));
        FuturesJson.decimal(frame, "bid_size", book.side(FuturesSide.BUY).firstEntry().getValue());
        FuturesJson.decimal(frame, "ask_size", book.side(FuturesSide.SELL).firstEntry().getValue());
    }

    /** @return the {@code ticker_lite} frame: product_id, bid, ask, change, premium, volume, tag, pair, dtm, maturityTime, volumeQuote */
    static ObjectNode tickerLite(FuturesProduct product, FuturesBook book, FuturesTickerStats stats, long now) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.TICKER_LITE.wireName());
        frame.put("product_id", product.symbol());
        FuturesJson.decimal(frame, "bid", book.best(FuturesSide.BUY));
        FuturesJson.decimal(frame, "ask", book.best(FuturesSide.SELL));
        FuturesJson.decimal(frame, "change", stats.changePercent());
        BigDecimal mark = mark(book, stats);
        FuturesJson.decimal(frame, "premium", FuturesTickerStats.premiumPercent(mark, FuturesTickerStats.index(mark)));
        FuturesJson.decimal(frame, "volume", stats.volume());
        frame.put("tag", product.tag());
        frame.put("pair", product.pair());
        frame.put("dtm", daysToMaturity(product, now));
        frame.put("maturityTime", product.maturityTime());
        FuturesJson.decimal(frame, "volumeQuote", stats.volumeQuote());
        return frame;
    }

    /** @return the mid of the best bid and ask (the simulator's mark price), or the last trade if a side is empty */
    static BigDecimal mark(FuturesBook book, FuturesTickerStats stats) {
        BigDecimal bid = book.best(FuturesSide.BUY);
        BigDecimal ask = book.best(FuturesSide.SELL);
        return bid == null || ask == null ? stats.last() : bid.add(ask).divide(BigDecimal.valueOf(2));
    }

    private static long daysToMaturity(FuturesProduct product, long now) {
        return product.perpetual() ? 0 : Math.max(0, (product.maturityTime() - now) / DAY_MS);
    }

    /** @return {@code {feed:"heartbeat", time}} */
    static ObjectNode heartbeat(long now) {
        ObjectNode frame = FuturesJson.feed(FuturesFeed.HEARTBEAT.wireName());
        frame.put("time", now);
        return frame;
    }
}
