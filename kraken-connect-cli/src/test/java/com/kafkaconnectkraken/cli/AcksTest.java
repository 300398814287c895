package com.kafkaconnectkraken.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Acknowledgements shaped like {@code order_ack.avsc} (as the demo's JSON reply converter writes them). */
class AcksTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRefusalWithoutRoundTripSaysWhyAndNoNullRoundTrip() throws IOException {
        JsonNode ack = JSON.readTree("{\"status\":\"REJECTED\",\"final_ack\":true,\"method\":\"add_order\","
                + "\"topic\":\"kraken.orders\",\"partition\":0,\"offset\":2,\"req_id\":9,\"cl_ord_id\":null,\"order_id\":null,"
                + "\"error\":\"symbol BTC/USD is not allowed (guard.symbols)\",\"round_trip_ms\":null}");
        assertEquals("status REJECTED, method add_order, req_id 9, error symbol BTC/USD is not allowed (guard.symbols)",
                Acks.describe(ack));
        assertFalse(Acks.accepted(ack));
        assertTrue(Acks.isFinal(ack));
        assertTrue(Acks.answers(ack, "kraken.orders", 0, 2));
        assertFalse(Acks.answers(ack, "kraken.orders", 0, 3));
        assertFalse(Acks.answers(ack, "kraken.trader.orders", 0, 2));
    }

    @Test
    void anAcceptedOrderShowsItsIdsAndMeasuredRoundTrip() throws IOException {
        JsonNode ack = JSON.readTree("{\"status\":\"ACCEPTED\",\"final_ack\":true,\"method\":\"add_order\",\"topic\":\"t\","
                + "\"partition\":1,\"offset\":5,\"cl_ord_id\":\"e8e5\",\"order_id\":\"OOAVDX-BH6SR-FXPJO4\",\"round_trip_ms\":22}");
        assertEquals("status ACCEPTED, method add_order, cl_ord_id e8e5, order_id OOAVDX-BH6SR-FXPJO4, round trip 22 ms",
                Acks.describe(ack));
        assertTrue(Acks.accepted(ack));
    }

    @Test
    void anUnknownOutcomeIsNotFinalAndNotAccepted() throws IOException {
        JsonNode ack = JSON.readTree("{\"status\":\"UNKNOWN\",\"final_ack\":false,\"method\":\"add_order\"}");
        assertFalse(Acks.isFinal(ack));
        assertFalse(Acks.accepted(ack));
    }
}
