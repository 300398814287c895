package com.kafkaconnectkraken.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.book.BookJson;
import com.kafkaconnectkraken.client.book.L3Book;
import com.kafkaconnectkraken.client.rest.KrakenRestClient;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.KrakenWsListener;
import com.kafkaconnectkraken.client.ws.KrakenWsMessage;
import com.kafkaconnectkraken.client.ws.KrakenWsSession;
import com.kafkaconnectkraken.client.ws.Subscription;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** level3 with a real token from signed REST GetWebSocketsToken, verified by the client's own L3Book. */
class Level3IT {

    private static final String KEY = "level3-it-key";
    private static final String SECRET =
            "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==";
    private static KrakenSimulator sim;
    private static KrakenRestClient rest;

    @BeforeAll
    static void start() {
        sim = KrakenSimulator.builder().symbols("BTC/USD").seed(5).rate(2000).account(KEY, SECRET).build().start();
        rest = KrakenRestClient.builder(sim.rest()).credentials(KEY, SECRET).build();
    }

    @AfterAll
    static void stop() {
        rest.close();
        sim.close();
    }

    @Test
    void everyLevel3FrameChecksumVerifiesWithTheClientsOwnL3Book() throws Exception {
        for (int depth : new int[] {10, 100}) {
            BlockingQueue<KrakenWsMessage> frames = new LinkedBlockingQueue<>();
            KrakenWsListener listener = new KrakenWsListener() {
                @Override
                public void onMessage(KrakenWsMessage message) {
                    if ("level3".equals(message.channel())) {
                        frames.add(message);
                    }
                }
            };
            try (KrakenWsSession session = new KrakenWsSession(KrakenWsConfig.builder(sim.level3Ws()).name("l3").build(),
                    () -> rest.webSocketsToken().token(), listener)) {
                session.connect().get(10, TimeUnit.SECONDS);
                session.subscribe(Subscription.of(SpotChannel.LEVEL3, List.of("BTC/USD")).withParam("depth", depth))
                        .get(10, TimeUnit.SECONDS);
                L3Book book = new L3Book("BTC/USD", depth, 1, 8);
                for (int i = 0; i < 300; i++) {
                    KrakenWsMessage message = frames.poll(10, TimeUnit.SECONDS);
                    assertNotNull(message, "level3 frame " + i);
                    JsonNode data = message.data().path(0);
                    if (i == 0) {
                        assertEquals("snapshot", message.type());
                        book.applySnapshot(BookJson.orders(data.get("bids")), BookJson.orders(data.get("asks")));
                    } else {
                        book.applyUpdate(BookJson.events(data.get("bids")), BookJson.events(data.get("asks")));
                    }
                    book.verify(data.path("checksum").asLong());
                }
                assertTrue(book.orderCount() > depth, "orders over " + depth + " levels: " + book.orderCount());
            }
        }
    }

    @Test
    void expiredTokenIsRejected() throws Exception {
        String token = rest.webSocketsToken().token();
        sim.faults().exchange().expireAllTokens();
        try (WsProbe ws = new WsProbe(sim.level3Ws())) {
            ws.next(Duration.ofSeconds(5));
            ws.send("{\"method\":\"subscribe\",\"params\":{\"channel\":\"level3\",\"symbol\":[\"BTC/USD\"],\"token\":\""
                    + token + "\"},\"req_id\":3}");
            JsonNode error = ws.next(Duration.ofSeconds(5));
            assertFalse(error.path("success").asBoolean());
            assertEquals("ESession:Invalid session", error.path("error").asText());
        }
    }
}
