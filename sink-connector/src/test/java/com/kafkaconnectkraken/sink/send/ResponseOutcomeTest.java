package com.kafkaconnectkraken.sink.send;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.client.ws.KrakenWsResponse;
import com.kafkaconnectkraken.sink.TestVectors;
import com.kafkaconnectkraken.sink.reply.AckStatus;
import com.kafkaconnectkraken.sink.reply.OrderAck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.connect.errors.ConnectException;
import org.junit.jupiter.api.Test;

/** Kraken's response frames from the ws-v2-trading vectors turned into acknowledgements. */
class ResponseOutcomeTest {

    private static final Instant SENT = Instant.parse("2023-09-21T14:15:07.100Z");
    private static final Instant RECEIVED = Instant.parse("2023-09-21T14:15:07.350Z");
    private static final OrderAck BASE = new OrderAck(AckStatus.UNKNOWN, false, "add_order", "k",
        new OrderAck.SourceRef("orders", 0, 5), 9L, null, null, null, null, List.of(), null, null, null, null, SENT);

    private static KrakenWsResponse frame(JsonNode node) {
        return KrakenWsResponse.from(node, RECEIVED);
    }

    @Test
    void successCarriesResultTimesAndRoundTrip() {
        JsonNode v = TestVectors.json("ws-v2-trading/add_order.json");
        OrderAck ack = ResponseOutcome.toAck(BASE, List.of(frame(v.get("response_success"))), SENT, RECEIVED);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals(true, ack.finalAck());
        assertEquals("AA5JGQ-SBMRC-SCJ7J7", ack.orderId());
        assertEquals("{\"order_id\":\"AA5JGQ-SBMRC-SCJ7J7\",\"order_userref\":100054}", ack.result());
        assertEquals("2023-09-21T14:15:07.197274Z", ack.timeIn());
        assertEquals("2023-09-21T14:15:07.205301Z", ack.timeOut());
        assertEquals(250L, ack.roundTripMs());
        assertNull(ack.error());
    }

    @Test
    void krakenErrorIsRejectedWithItsText() {
        JsonNode v = TestVectors.json("ws-v2-trading/add_order.json");
        OrderAck ack = ResponseOutcome.toAck(BASE, List.of(frame(v.get("response_failure_sdk"))), SENT, RECEIVED);
        assertEquals(AckStatus.REJECTED, ack.status());
        assertEquals("EOrder:Insufficient funds", ack.error());
        assertNull(ack.result());
    }

    @Test
    void cancelOrderFramesAreCollectedIntoOneArray() {
        List<KrakenWsResponse> frames = new ArrayList<>();
        TestVectors.json("ws-v2-trading/cancel_order.json").get("responses_success").forEach(f -> frames.add(frame(f)));
        OrderAck ack = ResponseOutcome.toAck(BASE, frames, SENT, RECEIVED);
        assertEquals(AckStatus.ACCEPTED, ack.status());
        assertEquals("[{\"order_id\":\"OLUMT4-UTEGU-ZYM7E9\"},{\"order_id\":\"OM5CRX-N2HAL-GFGWE9\"}]", ack.result());
        assertEquals("2023-09-21T14:36:57.438027Z", ack.timeOut());
    }

    @Test
    void batchAddResultArrayIsKept() {
        JsonNode v = TestVectors.json("ws-v2-trading/batch_add.json");
        OrderAck ack = ResponseOutcome.toAck(BASE, List.of(frame(v.get("response_success"))), SENT, RECEIVED);
        assertEquals("[{\"order_id\":\"ORDERX-IDXXX-XXXXX1\",\"order_userref\":1},"
            + "{\"order_id\":\"ORDERX-IDXXX-XXXXX2\",\"order_userref\":2}]", ack.result());
        assertNull(ack.orderId());
    }

    @Test
    void unavailableIsTransientAndBadKeyIsFatal() {
        JsonNode unavailable = com.kafkaconnectkraken.client.json.KrakenJson.mapper().createObjectNode()
            .put("method", "add_order").put("success", false).put("error", "EService:Unavailable");
        assertThrows(TransientCommandException.class,
            () -> ResponseOutcome.toAck(BASE, List.of(frame(unavailable)), SENT, RECEIVED));
        JsonNode badKey = ((com.fasterxml.jackson.databind.node.ObjectNode) unavailable.deepCopy())
            .put("error", "EGeneral:Permission denied");
        assertThrows(ConnectException.class, () -> ResponseOutcome.toAck(BASE, List.of(frame(badKey)), SENT, RECEIVED));
    }

    @Test
    void anInternalErrorAnswerLeavesTheOutcomeOpenAndALockoutIsRetried() {
        JsonNode internal = com.kafkaconnectkraken.client.json.KrakenJson.mapper().createObjectNode()
            .put("method", "add_order").put("success", false).put("error", "EGeneral:Internal error");
        UncertainOutcomeException open = assertThrows(UncertainOutcomeException.class,
            () -> ResponseOutcome.toAck(BASE, List.of(frame(internal)), SENT, RECEIVED));
        assertEquals("Kraken answered EGeneral:Internal error", open.getMessage());
        JsonNode lockout = ((com.fasterxml.jackson.databind.node.ObjectNode) internal.deepCopy())
            .put("error", "EGeneral:Temporary lockout");
        assertThrows(TransientCommandException.class,
            () -> ResponseOutcome.toAck(BASE, List.of(frame(lockout)), SENT, RECEIVED));
    }
}
