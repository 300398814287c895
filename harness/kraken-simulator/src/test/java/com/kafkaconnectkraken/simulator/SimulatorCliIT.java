package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L2Book;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.client.ws.Subscription;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The simulator, started by itself from its runnable jar, serves the project's own Kraken WS v2
 * session and REST client end to end.
 */
class SimulatorCliIT {

    @Test
    void standaloneSimulatorServesTheProjectsWsSessionAndRestClient() throws Exception {
        Path jar = Path.of(System.getProperty("simulator.jar", "target/kraken-simulator-0.1.0-SNAPSHOT-all.jar"));
        assertTrue(Files.isRegularFile(jar), "runnable jar built by the package phase: " + jar);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", jar.toString(), "--port", "0", "--symbols", "BTC/USD,ETH/USD", "--rate", "2000",
                "--seed", "11").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            Map<String, String> urls = readUrls(process);
            URI publicWs = URI.create(urls.get("publicWs"));
            assertEquals("BTC/USD,ETH/USD", urls.get("symbols"));
            assertEquals(URI.create(urls.get("rest")).getPort(), URI.create(urls.get("futuresWs")).getPort());
            assertEquals("/ws/v1", URI.create(urls.get("futuresWs")).getPath());
            assertTrue(urls.get("futuresProducts").startsWith("PF_XBTUSD,PF_ETHUSD,PI_XBTUSD,PI_ETHUSD,FI_XBTUSD_"),
                    urls.get("futuresProducts"));
            assertEquals("/api/v1/ws", URI.create(urls.get("traderWs")).getPath());
            assertEquals("EURUSD,GBPUSD,USDJPY", urls.get("traderSymbols"));
            assertEquals(List.of("demo", "acc_demo"), List.of(urls.get("traderUser"), urls.get("traderAccount")));
            verifyDemoLogin(URI.create(urls.get("traderRest")));
            verifyBookStream(publicWs);
            try (KrakenRestClient rest = KrakenRestClient.builder(URI.create(urls.get("rest"))).build()) {
                JsonNode time = rest.publicGet("Time", Map.of());
                assertTrue(time.path("unixtime").asLong() > 1_600_000_000L, "Time: " + time);
            }
        } finally {
            process.destroy();
            assertTrue(process.waitFor(10, TimeUnit.SECONDS), "stops on SIGTERM");
        }
    }

    private static Map<String, String> readUrls(Process process) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Map<String, String> urls = new HashMap<>();
        for (String line = out.readLine(); line != null && !line.equals("READY"); line = out.readLine()) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                urls.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        assertNotNull(urls.get("publicWs"), "printed URLs: " + urls);
        return urls;
    }

    private static void verifyDemoLogin(URI traderRest) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(traderRest + "/api/v1/login")).POST(HttpRequest.BodyPublishers.ofString(
                "{\"username\":\"demo\",\"password\":\"demo-password\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().startsWith("{\"token\":\"ey"), answer.body());
    }

    private static void verifyBookStream(URI publicWs) throws Exception {
        BlockingQueue<KrakenWsMessage> books = new LinkedBlockingQueue<>();
        KrakenWsListener listener = new KrakenWsListener() {
            @Override
            public void onMessage(KrakenWsMessage message) {
                if ("book".equals(message.channel())) {
                    books.add(message);
                }
            }
        };
        try (KrakenWsSession session = new KrakenWsSession(KrakenWsConfig.builder(publicWs).name("cli-it").build(),
                null, listener)) {
            session.connect().get(10, TimeUnit.SECONDS);
            List<KrakenWsResponse> acks = session.subscribe(Subscription.of(SpotChannel.BOOK, List.of("BTC/USD", "ETH/USD"))
                    .withParam("depth", 25)).get(10, TimeUnit.SECONDS);
            assertEquals(2, acks.size(), "one ack per symbol");
            Map<String, L2Book> bookBySymbol = Map.of("BTC/USD", new L2Book("BTC/USD", 25, 1, 8),
                    "ETH/USD", new L2Book("ETH/USD", 25, 2, 8));
            for (int i = 0; i < 300; i++) {
                KrakenWsMessage message = books.poll(10, TimeUnit.SECONDS);
                assertNotNull(message, "book frame " + i);
                JsonNode data = message.data().path(0);
                L2Book book = bookBySymbol.get(data.path("symbol").asText());
                if ("snapshot".equals(message.type())) {
                    book.applySnapshot(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                } else {
                    book.applyUpdate(BookJson.levels(data.get("bids")), BookJson.levels(data.get("asks")));
                }
                book.verify(data.path("checksum").asLong());
            }
        }
    }
}
