package com.kafkaconnectkraken.sink.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class AckStructsTest {

    private static final OrderAck ACK = new OrderAck(AckStatus.ACCEPTED, true, "add_order", "key-1",
        new OrderAck.SourceRef("orders", 2, 77), 5L, "3384180f-f3e4-38b3-8057-067a210aa6f3", "OAAAAA-AAAAA-AAAAAA",
        "{\"order_id\":\"OAAAAA-AAAAA-AAAAAA\"}", null, List.of("W1"), "2023-09-21T14:15:07.197274Z",
        "2023-09-21T14:15:07.205301Z", 8L, null, Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void structHasEveryFieldOfTheCommittedAvroContract() throws IOException {
        Path avsc = Path.of(System.getProperty("kraken.schemas.dir", "../schemas"), "order_ack.avsc");
        Schema avro = new Schema.Parser().parse(Files.readString(avsc));
        Struct struct = AckStructs.toStruct(ACK);
        struct.validate();
        assertEquals(avro.getFields().stream().map(Schema.Field::name).toList(),
            struct.schema().fields().stream().map(org.apache.kafka.connect.data.Field::name).toList());
        assertEquals(avro.getFullName(), struct.schema().name());
    }

    @Test
    void jsonReplyDecodesBackToItsCorrelation() {
        JsonConverter json = new JsonConverter();
        json.configure(Map.of("schemas.enable", "false"), false);
        byte[] bytes = json.fromConnectData("acks", AckStructs.SCHEMA, AckStructs.toStruct(ACK));
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("\"status\":\"ACCEPTED\""), text);
        var decoded = AckFields.decode(json.toConnectData("acks", bytes).value()).orElseThrow();
        assertEquals(new OrderAck.SourceRef("orders", 2, 77), decoded.getKey());
        assertEquals(new ReplyHistory.Known(AckStatus.ACCEPTED, true, "3384180f-f3e4-38b3-8057-067a210aa6f3",
            "OAAAAA-AAAAA-AAAAAA"), decoded.getValue());
    }
}
