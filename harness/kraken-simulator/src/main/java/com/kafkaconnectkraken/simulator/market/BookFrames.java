package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonGenerator;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.IOException;
import java.util.List;

/**
 * {@code book} and {@code level3} data frames docs/protocol/kraken-spot.md §2.2, 2.7; pages
 * https://docs.kraken.com/api/docs/websocket-v2/book and .../level3). Prices and quantities are
 * written with exactly the instrument precision.
 */
final class BookFrames {

    /** One L2 level to write: price in ticks, absolute qty in units (0 = delete). */
    record Level(long price, long qty) {
    }

    private BookFrames() {
    }

    /** @return {@code {"channel":"book","type":..,"data":[{symbol,bids,asks,checksum,timestamp}]}} */
    static String book(Instrument in, String type, List<Level> bids, List<Level> asks, long checksum) {
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("channel", SpotChannel.BOOK.wireName());
            g.writeStringField("type", type);
            g.writeArrayFieldStart("data");
            g.writeStartObject();
            g.writeStringField("symbol", in.symbol());
            writeLevels(g, in, "bids", bids);
            writeLevels(g, in, "asks", asks);
            g.writeNumberField("checksum", checksum);
            g.writeStringField("timestamp", WireTime.nowMicros());
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * @param withEvents {@code true} for updates ({@code event} field on each order), {@code false} for snapshots
     * @return {@code {"channel":"level3","type":..,"data":[{symbol,bids,asks,checksum,timestamp}]}}
     */
    static String level3(Instrument in, String type, List<OrderEvent> bids, List<OrderEvent> asks, long checksum,
                         boolean withEvents) {
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("channel", SpotChannel.LEVEL3.wireName());
            g.writeStringField("type", type);
            g.writeArrayFieldStart("data");
            g.writeStartObject();
            g.writeStringField("symbol", in.symbol());
            writeOrders(g, in, "bids", bids, withEvents);
            writeOrders(g, in, "asks", asks, withEvents);
            g.writeNumberField("checksum", checksum);
            g.writeStringField("timestamp", WireTime.nanos(WallClock.instant(WallClock.epochNanos())));
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void writeLevels(JsonGenerator g, Instrument in, String field, List<Level> levels)
            throws IOException {
        g.writeArrayFieldStart(field);
        for (Level level : levels) {
            g.writeStartObject();
            g.writeFieldName("price");
            g.writeNumber(in.price(level.price()));
            g.writeFieldName("qty");
            g.writeNumber(in.qty(level.qty()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeOrders(JsonGenerator g, Instrument in, String field, List<OrderEvent> orders,
                                    boolean withEvents) throws IOException {
        g.writeArrayFieldStart(field);
        for (OrderEvent order : orders) {
            g.writeStartObject();
            if (withEvents) {
                g.writeStringField("event", order.event());
            }
            g.writeStringField("order_id", order.orderId());
            g.writeFieldName("limit_price");
            g.writeNumber(in.price(order.price()));
            g.writeFieldName("order_qty");
            g.writeNumber(in.qty(order.qty()));
            g.writeStringField("timestamp", WireTime.nanos(WallClock.instant(order.createdNanos())));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
