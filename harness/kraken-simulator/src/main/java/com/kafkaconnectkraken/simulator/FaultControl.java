package com.kafkaconnectkraken.simulator;

import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's fault control over HTTP, for a test harness that runs the simulator as its own process
 * ({@code KrakenSimulatorMain --fault-control true}; off by default). It switches the same faults as
 * {@link SimulatorFaults} does in process. Every call is a {@code POST} under {@value #PREFIX}, answered with
 * HTTP 200 and a small JSON object, or 400 ({@code {"error":"<reason>"}}) for a bad request, 404 for another path:
 * <ul>
 *   <li>{@code POST /simulator/faults/rest-error?error=EService:Unavailable&seconds=30}: every REST call
 *       ({@code /0/public/*}, {@code /0/private/*}) answers {@code {"error":["<error>"]}} for that many seconds
 *       (1..3600), replacing an earlier timed REST fault
 *       ({@link com.kafkaconnectkraken.simulator.exchange.ExchangeFaults#failRestCallsFor}); answers
 *       {@code {"error":"...","seconds":30}};</li>
 *   <li>{@code POST /simulator/faults/drop-connections}: drops every open WebSocket (public, private, level3,
 *       Futures, Trader) without a close frame ({@link SimulatorFaults#dropAllConnections}); clients must reconnect,
 *       and the private ones need a new token from REST. Answers {@code {"dropped":N}};</li>
 *   <li>{@code POST /simulator/faults/reset}: turns every fault off ({@link SimulatorFaults#reset}).</li>
 * </ul>
 * Each switch is logged at INFO.
 */
final class FaultControl implements RestHandler {

    /** The path prefix of the control calls. */
    static final String PREFIX = "/simulator";

    private static final Logger log = LoggerFactory.getLogger(FaultControl.class);
    private static final long MAX_SECONDS = 3600;

    private final SimulatorFaults faults;

    FaultControl(SimulatorFaults faults) {
        this.faults = faults;
    }

    @Override
    public RestResponse handle(RestRequest request) {
        if (!"POST".equals(request.method())) {
            return answer(405, "{\"error\":\"POST only\"}");
        }
        Map<String, String> query = query(request.query());
        switch (request.path()) {
            case PREFIX + "/faults/rest-error" -> {
                String error = query.get("error");
                long seconds;
                try {
                    seconds = Long.parseLong(query.getOrDefault("seconds", ""));
                } catch (NumberFormatException e) {
                    return answer(400, "{\"error\":\"seconds must be a whole number\"}");
                }
                if (error == null || !error.matches("[A-Za-z]+:[A-Za-z :_-]+") || seconds < 1 || seconds > MAX_SECONDS) {
                    return answer(400, "{\"error\":\"needs error=<Kraken error, e.g. EService:Unavailable> and seconds=1.."
                            + MAX_SECONDS + "\"}");
                }
                faults.exchange().failRestCallsFor(Duration.ofSeconds(seconds), error);
                log.info("Fault control: every REST call answers {} for {} s", error, seconds);
                return RestResponse.json("{\"error\":\"" + error + "\",\"seconds\":" + seconds + "}");
            }
            case PREFIX + "/faults/drop-connections" -> {
                int dropped = faults.dropAllConnections();
                log.info("Fault control: dropped {} WebSocket connection(s)", dropped);
                return RestResponse.json("{\"dropped\":" + dropped + "}");
            }
            case PREFIX + "/faults/reset" -> {
                faults.reset();
                log.info("Fault control: every fault off");
                return RestResponse.json("{}");
            }
            default -> {
                return answer(404, "{\"error\":\"unknown fault control path\"}");
            }
        }
    }

    private static RestResponse answer(int status, String body) {
        return new RestResponse(status, "application/json", body);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
