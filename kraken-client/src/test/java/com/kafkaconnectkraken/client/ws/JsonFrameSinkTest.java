package com.kafkaconnectkraken.client.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A frame whose number's exponent overflows a BigDecimal (found by the source fuzz, seed 20261207, Trader frame 23 and
 * Futures frame 10) is reported as malformed once, for every venue's router, instead of throwing into the socket reader.
 */
class JsonFrameSinkTest {

    private static final String OVERFLOW = "{\"type\":\"quoteEvent\",\"payload\":1e2147483648,\"feed\":1e2147483648,"
            + "\"channel\":1e2147483648}";

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<String> malformed = new ArrayList<>();

    @AfterEach
    void close() {
        timer.shutdownNow();
    }

    @Test
    void anExponentOverflowIsOneMalformedFrameOnEveryRouter() {
        ListenerDispatcher dispatcher = new ListenerDispatcher("test");
        dispatcher.add(new KrakenWsListener() {
            @Override
            public void onMalformedFrame(String frame, Exception cause) {
                malformed.add(cause.getMessage());
            }
        });
        SerialRequests requests = new SerialRequests(timer, java.time.Duration.ofSeconds(1), (what, frame) -> null, null);
        List<JsonFrameSink> sinks = List.of(new FrameRouter(new RequestTracker(timer), dispatcher, "spot"),
                new FuturesFrameRouter(requests, dispatcher, "futures"), new TraderFrameRouter(requests, dispatcher, "trader"));
        for (JsonFrameSink sink : sinks) {
            sink.route(OVERFLOW, Instant.EPOCH, 0L);
        }
        assertEquals(3, malformed.size());
        assertTrue(malformed.stream().allMatch(m -> m.startsWith("Frame has a number out of range")), malformed.toString());
    }
}
