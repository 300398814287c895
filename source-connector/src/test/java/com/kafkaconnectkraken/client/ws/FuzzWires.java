package com.kafkaconnectkraken.client.ws;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * The sessions' own frame routers (Spot, Futures, Trader), built on a listener without a socket, so a test can push a
 * frame's text through exactly what the socket reader does with it. For tests only.
 */
public final class FuzzWires {

    private FuzzWires() {
    }

    /** @return routes one text frame as the Spot v2 session does, to {@code listener} */
    public static Consumer<String> spot(KrakenWsListener listener, ScheduledExecutorService timer) {
        return sink(new FrameRouter(new RequestTracker(timer), dispatcher(listener), "fuzz"));
    }

    /** @return routes one text frame as the Futures session does, to {@code listener} */
    public static Consumer<String> futures(FuturesWsListener listener, ScheduledExecutorService timer) {
        return sink(new FuturesFrameRouter(requests(timer), dispatcher(listener), "fuzz"));
    }

    /** @return routes one text frame as the Trader session does, to {@code listener} */
    public static Consumer<String> trader(TraderWsListener listener, ScheduledExecutorService timer) {
        return sink(new TraderFrameRouter(requests(timer), dispatcher(listener), "fuzz"));
    }

    private static SerialRequests requests(ScheduledExecutorService timer) {
        return new SerialRequests(timer, Duration.ofSeconds(1), (what, frame) -> null, null);
    }

    private static ListenerDispatcher dispatcher(KrakenWsListener listener) {
        ListenerDispatcher dispatcher = new ListenerDispatcher("fuzz");
        dispatcher.add(listener);
        return dispatcher;
    }

    private static Consumer<String> sink(FrameSink sink) {
        Instant at = Instant.parse("2026-06-01T12:00:01Z");
        return text -> sink.route(text, at, System.nanoTime());
    }
}
