package com.kafkaconnectkraken.simulator.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request validation on {@code /ws/v1}: which frames are accepted and what each refusal answers. */
class FuturesRequestTest {

    private static String refusal(String text) {
        return FuturesJson.write(assertThrows(RequestRejected.class, () -> FuturesRequest.parse(text)).reply());
    }

    @Test
    void publicSubscribeKeepsTheProductIdsInOrder() throws Exception {
        FuturesRequest r = FuturesRequest.parse("{\"event\":\"subscribe\",\"feed\":\"book\",\"product_ids\":[\"PI_XBTUSD\",\"PF_ETHUSD\"]}");
        assertEquals(FuturesFeed.BOOK, r.feed());
        assertEquals(List.of("PI_XBTUSD", "PF_ETHUSD"), r.productIds());
        assertEquals("subscribed", r.ackEvent());
        assertEquals("unsubscribed", FuturesRequest.parse(
                "{\"event\":\"unsubscribe\",\"feed\":\"trade\",\"product_ids\":[\"PI_XBTUSD\"]}").ackEvent());
    }

    @Test
    void privateAndHeartbeatFeedsTakeNoProductIds() throws Exception {
        FuturesRequest fills = FuturesRequest.parse("{\"event\":\"subscribe\",\"feed\":\"fills\",\"api_key\":\"k\","
                + "\"original_challenge\":\"c\",\"signed_challenge\":\"s\",\"product_ids\":[\"PI_XBTUSD\"]}");
        assertEquals(List.of(), fills.productIds(), "ignored on a private feed");
        assertEquals("k", fills.apiKey());
        assertEquals("c", fills.originalChallenge());
        assertEquals("s", fills.signedChallenge());
        FuturesRequest heartbeat = FuturesRequest.parse("{\"event\":\"subscribe\",\"feed\":\"heartbeat\"}");
        assertEquals(FuturesFeed.HEARTBEAT, heartbeat.feed());
        assertNull(heartbeat.apiKey());
    }

    @Test
    void challengeNeedsAnApiKey() throws Exception {
        assertEquals("K", FuturesRequest.parse("{\"event\":\"challenge\",\"api_key\":\"K\"}").apiKey());
        assertEquals("{\"event\":\"error\",\"message\":\"Json Error\"}", refusal("{\"event\":\"challenge\"}"));
        assertEquals("{\"event\":\"error\",\"message\":\"Json Error\"}", refusal("{\"event\":\"challenge\",\"api_key\":\"\"}"));
    }

    @Test
    void malformedJsonAndNonObjectsAreJsonErrors() {
        assertEquals("{\"event\":\"error\",\"message\":\"Json Error\"}", refusal("{\"event\":\"subscribe\","));
        assertEquals("{\"event\":\"error\",\"message\":\"Json Error\"}", refusal("[1,2]"));
        assertEquals("{\"event\":\"error\",\"message\":\"Json Error\"}", refusal(""));
    }

    @Test
    void unknownOrMissingEventIsABadMessageAlert() {
        assertEquals("{\"event\":\"alert\",\"message\":\"Bad websocket message\"}", refusal("{\"event\":\"ping\"}"));
        assertEquals("{\"event\":\"alert\",\"message\":\"Bad websocket message\"}", refusal("{\"feed\":\"book\"}"));
    }

    @Test
    void unknownOrMissingFeedIsInvalidFeed() {
        assertEquals("{\"event\":\"error\",\"message\":\"Invalid feed\"}",
                refusal("{\"event\":\"subscribe\",\"feed\":\"book_snapshot\",\"product_ids\":[\"PI_XBTUSD\"]}"));
        assertEquals("{\"event\":\"error\",\"message\":\"Invalid feed\"}", refusal("{\"event\":\"subscribe\",\"feed\":\"BOOK\"}"));
        assertEquals("{\"event\":\"error\",\"message\":\"Invalid feed\"}", refusal("{\"event\":\"subscribe\"}"));
    }

    @Test
    void productFeedsNeedANonEmptyArrayOfTextIds() {
        String invalid = "{\"event\":\"error\",\"message\":\"Invalid product id\"}";
        assertEquals(invalid, refusal("{\"event\":\"subscribe\",\"feed\":\"ticker\"}"));
        assertEquals(invalid, refusal("{\"event\":\"subscribe\",\"feed\":\"ticker\",\"product_ids\":[]}"));
        assertEquals(invalid, refusal("{\"event\":\"subscribe\",\"feed\":\"ticker\",\"product_ids\":\"PI_XBTUSD\"}"));
        assertEquals(invalid, refusal("{\"event\":\"subscribe\",\"feed\":\"ticker\",\"product_ids\":[1]}"));
    }

    @Test
    void productIdsAreValidatedByShape() {
        assertEquals(List.of("PF_XBTUSD", "PF_ETHUSD", "PI_XBTUSD", "PI_ETHUSD", "FI_XBTUSD_260327"),
                FuturesProducts.defaults(java.time.LocalDate.of(2026, 1, 5)));
        assertEquals("FI_XBTUSD_260626", FuturesProducts.defaults(java.time.LocalDate.of(2026, 3, 27)).get(4),
                "strictly after today");
        assertThrows(IllegalArgumentException.class, () -> FuturesProducts.requireValid("pf_xbtusd"));
        assertThrows(IllegalArgumentException.class, () -> FuturesProducts.requireValid("FI_XBTUSD"));
        assertThrows(IllegalArgumentException.class, () -> FuturesProducts.requireValid("PF_XBTUSD_260327"));
        assertThrows(IllegalArgumentException.class, () -> FuturesProducts.requireValid("FI_XBTUSD_261399"));
        assertEquals("FF_ETHUSD_261225", FuturesProducts.requireValid("FF_ETHUSD_261225"));
    }
}
