package com.kafkaconnectkraken.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kafkaconnectkraken.registry.ConfluentAvro;
import io.apicurio.registry.utils.converter.AvroConverter;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.connect.data.Decimal;
import org.apache.kafka.connect.data.SchemaBuilder;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.data.Timestamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole test stack against real components: a KRaft broker and a Connect worker in-process, the Apicurio
 * registry as a child process, Apicurio's AvroConverter in the Confluent wire format. Expected values are
 * the literals written; the framing is checked byte by byte and the schema id through the ccompat API.
 */
class ConnectStackIT {

    @RegisterExtension
    static final ConnectStackExtension STACK = new ConnectStackExtension();

    private static final String TOPIC = "trades";
    private static final org.apache.kafka.connect.data.Schema TRADE = SchemaBuilder.struct()
            .name("com.kafkaconnectkraken.testkit.it.Trade").version(1)
            .field("symbol", org.apache.kafka.connect.data.Schema.STRING_SCHEMA)
            .field("price", Decimal.builder(1).build())
            .field("qty", org.apache.kafka.connect.data.Schema.INT64_SCHEMA)
            .field("timestamp", Timestamp.SCHEMA)
            .field("ord_type", org.apache.kafka.connect.data.Schema.OPTIONAL_STRING_SCHEMA)
            .build();

    @Test
    void structFromApicurioConverterIsConfluentFramedAndDecodesWithPlainAvro() throws Exception {
        ConnectStack stack = STACK.get();
        Struct trade = new Struct(TRADE)
                .put("symbol", "BTC/USD")
                .put("price", new BigDecimal("67321.5"))
                .put("qty", 42L)
                .put("timestamp", new Date(1_700_000_000_123L));
        byte[] value = convert(stack, trade);

        stack.produce(TOPIC, null, value);
        byte[] consumed = stack.consume(TOPIC, 1, Duration.ofSeconds(30)).get(0).value();

        assertEquals(0, consumed[0], "magic byte");
        int id = ByteBuffer.wrap(consumed, 1, 4).getInt();
        JsonNode registered = getJson(stack.registry().ccompatUrl() + "/schemas/ids/" + id);
        Schema writer = new Schema.Parser().parse(registered.path("schema").asText());
        assertEquals("com.kafkaconnectkraken.testkit.it.Trade", writer.getFullName());

        GenericRecord decoded = stack.avro().decodeRecord(consumed);
        assertEquals("BTC/USD", decoded.get("symbol").toString());
        assertEquals(new BigDecimal("67321.5"), new BigDecimal(new BigInteger(bytes(decoded.get("price"))), 1));
        assertEquals(42L, decoded.get("qty"));
        assertEquals(1_700_000_000_123L, decoded.get("timestamp"));
        assertNull(decoded.get("ord_type"));
    }

    @Test
    void sourceConnectorOnWorkerClasspathWritesConfluentFramedAvro() {
        ConnectStack stack = STACK.get();
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", "org.apache.kafka.connect.integration.TestableSourceConnector");
        config.put("tasks.max", "1");
        config.put("topic", "testable");
        config.put("max.messages", "3");
        config.putAll(stack.avroKeyConverter());
        config.putAll(stack.avroValueConverter());

        stack.deployConnector("testable-source", config);
        stack.awaitRunning("testable-source", 1);
        List<ConsumerRecord<byte[], byte[]>> records = stack.consume("testable", 3, Duration.ofSeconds(30));

        for (ConsumerRecord<byte[], byte[]> record : records) {
            Object value = stack.avro().decode(record.value());
            Object key = stack.avro().decode(record.key());
            assertEquals(Schema.Type.STRING, stack.avro().schema(ConfluentAvro.schemaId(record.value())).getType());
            assertTrue(value.toString().startsWith("value-"), value.toString());
            assertTrue(key.toString().startsWith("key-"), key.toString());
        }
    }

    @Test
    void consumeSaysHowManyRecordsArrivedBeforeTheDeadline() {
        ConnectStack stack = STACK.get();
        stack.createTopic("empty", 1);

        AssertionError e = assertThrows(AssertionError.class, () -> stack.consume("empty", 1, Duration.ofSeconds(2)));

        assertTrue(e.getMessage().startsWith("Consumed 0 of 1 records from empty"), e.getMessage());
    }

    private static byte[] convert(ConnectStack stack, Struct value) {
        try (AvroConverter<Object> converter = new AvroConverter<>()) {
            converter.configure(ApicurioConverterConfig.converterProperties(stack.registry().registryV2Url()), false);
            return converter.fromConnectData(TOPIC, value.schema(), value);
        }
    }

    private static byte[] bytes(Object avroBytes) {
        ByteBuffer buffer = ((ByteBuffer) avroBytes).duplicate();
        byte[] out = new byte[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    private static JsonNode getJson(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), url + " -> " + response.body());
        return new ObjectMapper().readTree(response.body());
    }
}
