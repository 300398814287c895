package com.kafkaconnectkraken.simulator.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recorded Kraken WS v2 data frames, one JSON frame per line (JSONL), grouped into streams by
 * channel and symbol ({@code data[0].symbol}; {@code *} for instrument). Each line is kept
 * verbatim so a replay sends exactly the recorded text. Blank lines are skipped.
 *
 * <p>{@code builtin:btcusd} names the bundled recording: the BTC/USD depth-10 book stream from
 * python-kraken-sdk (1 snapshot + 509 updates, Apache-2.0, see {@code replay/NOTICE}).
 */
public final class ReplayRecording {

    /** Name of the bundled BTC/USD book recording. */
    public static final String BUILTIN_BTCUSD = "builtin:btcusd";
    private static final String BUILTIN_RESOURCE = "/replay/btcusd-book-depth10.jsonl";

    /** The frames of one channel and symbol in recorded order; {@code snapshot} may be null. */
    record Stream(String snapshot, List<String> updates) {
    }

    private final Map<String, Map<String, Stream>> streams;

    private ReplayRecording(Map<String, Map<String, Stream>> streams) {
        this.streams = streams;
    }

    /**
     * Loads a recording.
     *
     * @param source a JSONL file path, or {@value #BUILTIN_BTCUSD}
     * @return the recording
     * @throws IOException              if the file cannot be read
     * @throws IllegalArgumentException naming the line if a line is not a data frame
     */
    public static ReplayRecording load(String source) throws IOException {
        if (BUILTIN_BTCUSD.equals(source)) {
            try (InputStream in = ReplayRecording.class.getResourceAsStream(BUILTIN_RESOURCE)) {
                if (in == null) {
                    throw new IOException("Bundled recording missing from the classpath: " + BUILTIN_RESOURCE);
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), source);
            }
        }
        try (BufferedReader reader = Files.newBufferedReader(Path.of(source), StandardCharsets.UTF_8)) {
            return read(reader, source);
        }
    }

    private static ReplayRecording read(BufferedReader reader, String source) throws IOException {
        Map<String, Map<String, String>> snapshots = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> updates = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode frame = parse(line, source, lineNo);
            String channel = frame.path("channel").asText("");
            String symbol = channel.equals(SpotChannel.INSTRUMENT.wireName()) ? ChannelSubscription.ALL_SYMBOLS
                    : frame.path("data").path(0).path("symbol").asText("");
            if (channel.isEmpty() || symbol.isEmpty()) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": not a data frame with channel and symbol");
            }
            if ("snapshot".equals(frame.path("type").asText()) && !snapshots.computeIfAbsent(channel,
                    k -> new LinkedHashMap<>()).containsKey(symbol)) {
                snapshots.get(channel).put(symbol, line);
            } else {
                updates.computeIfAbsent(channel, k -> new LinkedHashMap<>())
                        .computeIfAbsent(symbol, k -> new ArrayList<>()).add(line);
            }
        }
        Map<String, Map<String, Stream>> streams = new LinkedHashMap<>();
        updates.forEach((channel, bySymbol) -> bySymbol.forEach((symbol, list) -> streams
                .computeIfAbsent(channel, k -> new LinkedHashMap<>())
                .put(symbol, new Stream(snapshots.getOrDefault(channel, Map.of()).get(symbol), List.copyOf(list)))));
        snapshots.forEach((channel, bySymbol) -> bySymbol.forEach((symbol, snap) -> streams
                .computeIfAbsent(channel, k -> new LinkedHashMap<>())
                .putIfAbsent(symbol, new Stream(snap, List.of()))));
        return new ReplayRecording(streams);
    }

    private static JsonNode parse(String line, String source, int lineNo) {
        try {
            return KrakenJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + " line " + lineNo + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the symbols that appear in the recording (any channel), in first-seen order */
    List<String> symbols() {
        List<String> out = new ArrayList<>();
        streams.values().forEach(bySymbol -> bySymbol.keySet().stream()
                .filter(s -> !s.equals(ChannelSubscription.ALL_SYMBOLS) && !out.contains(s)).forEach(out::add));
        return out;
    }

    /** @return the recorded stream of a channel and symbol, or an empty one */
    Stream stream(String channel, String symbol) {
        return streams.getOrDefault(channel, Map.of()).getOrDefault(symbol, new Stream(null, List.of()));
    }
}
