package com.kafkaconnectkraken.sink.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kafkaconnectkraken.schema.KrakenSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.apache.kafka.connect.json.JsonConverter;
import org.junit.jupiter.api.Test;

class AckStructsTest {

    private static final OrderAck ACK = new OrderAck(AckStatus.ACCEPTED, true, "add_order", "key-1",
        new OrderAck.SourceRef("orders", 2, 77), 5L, "3384180f-f3e4-38b3-8057-067a210aa6f3", "OAAAAA-AAAAA-AAAAAA",
        "{\"order_id\":\"OAAAAA-AAAAA-AAAAAA\"}", null, List.of("W1"), "2023-09-21T14:15:07.197274Z",
        "2023-09-21T14:15:07.205301Z", 8L, null, Instant.parse("2026-01-01T00:00:00Z"));

    /**
     * The acknowledgement Struct follows {@code order_ack.avsc} field by field: name, position,
     * type, optionality and logical type. Expected Connect shapes come from the Avro types by the
     * standard Avro-to-Connect mapping written out here (union with null = optional,
     * timestamp-millis = Connect Timestamp, enum = STRING with the Confluent enum parameters).
     */
    @Test
    void structFollowsTheCommittedAvroContractFieldByField() throws IOException {
        Path avsc = Path.of(System.getProperty("kraken.schemas.dir", "../schemas"), "order_ack.avsc");
        Schema avro = KrakenSchemas.avro("order_ack");
        assertEquals(new Schema.Parser().parse(Files.readString(avsc)), avro, "classpath contract = committed file");
        Struct struct = AckStructs.toStruct(ACK);
        struct.validate();
        org.apache.kafka.connect.data.Schema connect = struct.schema();
        assertEquals(avro.getFullName(), connect.name());
        assertEquals(org.apache.kafka.connect.data.Schema.Type.STRUCT, connect.type());
        assertEquals(avro.getFields().size(), connect.fields().size());
        for (Schema.Field field : avro.getFields()) {
            Field actual = connect.field(field.name());
            assertNotNull(actual, "missing field " + field.name());
            assertEquals(field.pos(), actual.index(), field.name());
            assertFieldShape(field, actual.schema());
        }
    }

    private static void assertFieldShape(Schema.Field field, org.apache.kafka.connect.data.Schema actual) {
        String name = field.name();
        Schema type = field.schema();
        boolean optional = type.getType() == Schema.Type.UNION;
        if (optional) {
            assertEquals(2, type.getTypes().size(), name);
            assertEquals(Schema.Type.NULL, type.getTypes().get(0).getType(), name);
            type = type.getTypes().get(1);
        }
        assertEquals(optional, actual.isOptional(), name + " optional");
        assertEquals(connectType(type.getType()), actual.type(), name + " type");
        if ("timestamp-millis".equals(type.getProp("logicalType"))) {
            assertEquals(Timestamp.LOGICAL_NAME, actual.name(), name + " logical type");
        } else if (type.getType() == Schema.Type.ENUM) {
            assertEquals(type.getFullName(), actual.name(), name);
            assertEquals(type.getFullName(), actual.parameters().get("io.confluent.connect.avro.Enum"), name);
            type.getEnumSymbols().forEach(symbol ->
                assertEquals(symbol, actual.parameters().get("io.confluent.connect.avro.Enum." + symbol), name));
        } else {
            assertNull(actual.name(), name + " has no logical type");
        }
        if (type.getType() == Schema.Type.ARRAY) {
            assertEquals(connectType(type.getElementType().getType()), actual.valueSchema().type(), name + " items");
            assertFalse(actual.valueSchema().isOptional(), name + " items");
        }
    }

    private static org.apache.kafka.connect.data.Schema.Type connectType(Schema.Type avro) {
        return switch (avro) {
            case STRING, ENUM -> org.apache.kafka.connect.data.Schema.Type.STRING;
            case BOOLEAN -> org.apache.kafka.connect.data.Schema.Type.BOOLEAN;
            case INT -> org.apache.kafka.connect.data.Schema.Type.INT32;
            case LONG -> org.apache.kafka.connect.data.Schema.Type.INT64;
            case ARRAY -> org.apache.kafka.connect.data.Schema.Type.ARRAY;
            default -> throw new AssertionError("order_ack.avsc uses an Avro type this test does not map: " + avro);
        };
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
