package com.kafkaconnectkraken.sink.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kafkaconnectkraken.sink.reply.OrderAck.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

/** Looking a command up in the acknowledgements read back from the reply topic (no broker needed). */
class ReplyHistoryTest {

    private static final Instant T = Instant.parse("2023-09-22T10:33:05Z");
    private static final SourceRef REF = new SourceRef("orders", 2, 40);

    private static OrderAck ack(AckStatus status, boolean isFinal, SourceRef ref) {
        return new OrderAck(status, isFinal, "add_order", "k", ref, null, "a1", isFinal ? "O-1" : null, null, null,
            List.of(), null, null, null, isFinal ? "order_history" : null, T);
    }

    @Test
    void aFinalAcknowledgementIsNotReplacedByALaterUnknown() {
        ReplyHistory history = new ReplyHistory();
        history.learn(AckStructs.toStruct(ack(AckStatus.ACCEPTED, true, REF)));
        history.learn(AckStructs.toStruct(ack(AckStatus.UNKNOWN, false, REF)));
        assertEquals(Optional.of(new ReplyHistory.Known(AckStatus.ACCEPTED, true, "a1", "O-1")), history.get(REF));
    }

    @Test
    void anUnknownIsReplacedByTheFinalOutcomeThatFollows() {
        ReplyHistory history = new ReplyHistory();
        history.learn(AckStructs.toStruct(ack(AckStatus.UNKNOWN, false, REF)));
        assertEquals(Optional.of(new ReplyHistory.Known(AckStatus.UNKNOWN, false, "a1", null)), history.get(REF));
        history.learn(AckStructs.toStruct(ack(AckStatus.REJECTED, true, REF)));
        assertEquals(AckStatus.REJECTED, history.get(REF).orElseThrow().status());
    }

    @Test
    void commandsAreFoundByTheirExactCoordinates() {
        ReplyHistory history = new ReplyHistory();
        history.remember(ack(AckStatus.ACCEPTED, true, REF));
        assertEquals(Optional.empty(), history.get(new SourceRef("orders", 2, 41)));
        assertEquals(Optional.empty(), history.get(new SourceRef("orders", 3, 40)));
        assertEquals(Optional.empty(), history.get(new SourceRef("other", 2, 40)));
        assertEquals(AckStatus.ACCEPTED, history.get(REF).orElseThrow().status());
    }

    @Test
    void somethingElseOnTheReplyTopicIsIgnored() {
        ReplyHistory history = new ReplyHistory();
        history.learn("not an acknowledgement");
        history.learn(null);
        assertEquals(Optional.empty(), history.get(REF));
    }

    /**
     * After a change of reply.value.converter (here JSON with schemas to schemaless JSON and back) the acks written
     * before stay readable; bytes that are neither the converter's format nor JSON are skipped, never thrown.
     */
    @Test
    void acknowledgementsWrittenWithAnotherJsonFormStayReadableAndGarbageIsSkipped() {
        JsonConverter enveloped = new JsonConverter();
        enveloped.configure(Map.of("schemas.enable", "true"), false);
        JsonConverter schemaless = new JsonConverter();
        schemaless.configure(Map.of("schemas.enable", "false"), false);
        OrderAck accepted = ack(AckStatus.ACCEPTED, true, REF);
        byte[] withSchema = enveloped.fromConnectData("acks", AckStructs.SCHEMA, AckStructs.toStruct(accepted));
        byte[] plain = schemaless.fromConnectData("acks", AckStructs.SCHEMA, AckStructs.toStruct(accepted));
        for (JsonConverter reader : List.of(enveloped, schemaless)) {
            for (byte[] bytes : List.of(withSchema, plain)) {
                ReplyHistory history = new ReplyHistory();
                history.learn(ReplyHistory.value(reader, "acks", bytes).orElseThrow());
                assertEquals(Optional.of(new ReplyHistory.Known(AckStatus.ACCEPTED, true, "a1", "O-1")), history.get(REF));
            }
        }
        byte[] avroLike = {0, 0, 0, 0, 7, 2, 'x'};
        assertEquals(Optional.empty(), ReplyHistory.value(enveloped, "acks", avroLike));
        assertEquals(Optional.empty(), ReplyHistory.value(schemaless, "acks", "[1,2]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsBackTwiceTheCommandAgeAndAtLeastAnHour() {
        assertEquals(Duration.ofHours(1), ReplyHistory.lookback(Duration.ofMinutes(5)));
        assertEquals(Duration.ofHours(4), ReplyHistory.lookback(Duration.ofHours(2)));
        assertEquals(Duration.ZERO, ReplyHistory.lookback(Duration.ZERO));
    }
}
