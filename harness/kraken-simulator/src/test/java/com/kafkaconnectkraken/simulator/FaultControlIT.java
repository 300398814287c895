package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The HTTP fault control ({@code --fault-control true}): REST outages and connection drops switched from outside. */
class FaultControlIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void restErrorAnswersEveryRestCallWithTheErrorUntilReset() throws Exception {
        try (KrakenSimulator simulator = KrakenSimulator.builder().faultControl(true).build().start()) {
            assertEquals("{\"error\":[],", get(simulator, "/0/public/Time").substring(0, 12));

            HttpResponse<String> set = post(simulator, "/simulator/faults/rest-error?error=EService:Unavailable&seconds=600");
            assertEquals(200, set.statusCode());
            assertEquals("{\"error\":\"EService:Unavailable\",\"seconds\":600}", set.body());
            assertEquals("{\"error\":[\"EService:Unavailable\"]}", get(simulator, "/0/public/Time"));
            assertEquals("{\"error\":[\"EService:Unavailable\"]}", get(simulator, "/0/public/Time"), "every call, not one");

            post(simulator, "/simulator/faults/rest-error?error=EAPI:Rate%20limit%20exceeded&seconds=600");
            assertEquals("{\"error\":[\"EAPI:Rate limit exceeded\"]}", get(simulator, "/0/public/Time"), "replaced");

            assertEquals(200, post(simulator, "/simulator/faults/reset").statusCode());
            assertEquals("{\"error\":[],", get(simulator, "/0/public/Time").substring(0, 12));
        }
    }

    @Test
    void badRequestsAreRefusedAndTheControlIsOffByDefault() throws Exception {
        try (KrakenSimulator simulator = KrakenSimulator.builder().faultControl(true).build().start()) {
            assertEquals(400, post(simulator, "/simulator/faults/rest-error?error=EService:Unavailable").statusCode());
            assertEquals(400, post(simulator, "/simulator/faults/rest-error?error=EService:Unavailable&seconds=0")
                    .statusCode());
            assertEquals(400, post(simulator, "/simulator/faults/rest-error?error=%22x&seconds=5").statusCode());
            assertEquals(404, post(simulator, "/simulator/faults/other").statusCode());
            assertEquals("{\"dropped\":0}", post(simulator, "/simulator/faults/drop-connections").body());
        }
        try (KrakenSimulator simulator = KrakenSimulator.builder().build().start()) {
            assertTrue(post(simulator, "/simulator/faults/reset").statusCode() >= 400, "no control without the flag");
        }
    }

    private String get(KrakenSimulator simulator, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(simulator.rest() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpResponse<String> post(KrakenSimulator simulator, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(simulator.rest() + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
