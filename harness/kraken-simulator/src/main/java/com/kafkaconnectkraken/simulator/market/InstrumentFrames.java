package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonGenerator;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code instrument} snapshot (docs/protocol/kraken-spot.md §2.5, https://docs.kraken.com/api/docs/websocket-v2/instrument):
 * {@code data} is an object {@code {assets:[...], pairs:[...]}} listing the simulated pairs and
 * their assets; clients take {@code price_precision}/{@code qty_precision} from it for checksums.
 */
final class InstrumentFrames {

    private InstrumentFrames() {
    }

    static String snapshot(List<Instrument> instruments) {
        Set<String> assets = new LinkedHashSet<>();
        instruments.forEach(i -> {
            assets.add(i.base());
            assets.add(i.quote());
        });
        return FrameWriter.write(g -> {
            g.writeStartObject();
            g.writeStringField("channel", SpotChannel.INSTRUMENT.wireName());
            g.writeStringField("type", "snapshot");
            g.writeObjectFieldStart("data");
            g.writeArrayFieldStart("assets");
            for (String asset : assets) {
                writeAsset(g, asset);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("pairs");
            for (Instrument instrument : instruments) {
                writePair(g, instrument);
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void writeAsset(JsonGenerator g, String asset) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", asset);
        g.writeStringField("status", "enabled");
        g.writeNumberField("precision", 10);
        g.writeNumberField("precision_display", 5);
        g.writeBooleanField("borrowable", false);
        g.writeFieldName("collateral_value");
        g.writeNumber(BigDecimal.ONE.setScale(1));
        g.writeEndObject();
    }

    private static void writePair(JsonGenerator g, Instrument i) throws IOException {
        g.writeStartObject();
        g.writeStringField("symbol", i.symbol());
        g.writeStringField("base", i.base());
        g.writeStringField("quote", i.quote());
        g.writeStringField("status", "online");
        g.writeNumberField("qty_precision", i.qtyPrecision());
        g.writeFieldName("qty_increment");
        g.writeNumber(i.qtyIncrement());
        g.writeNumberField("price_precision", i.pricePrecision());
        g.writeNumberField("cost_precision", i.costPrecision());
        g.writeBooleanField("marginable", false);
        g.writeBooleanField("has_index", true);
        g.writeFieldName("cost_min");
        g.writeNumber(i.costMin());
        g.writeFieldName("tick_size");
        g.writeNumber(i.priceIncrement());
        g.writeFieldName("price_increment");
        g.writeNumber(i.priceIncrement());
        g.writeFieldName("qty_min");
        g.writeNumber(i.qtyMin());
        g.writeEndObject();
    }
}
