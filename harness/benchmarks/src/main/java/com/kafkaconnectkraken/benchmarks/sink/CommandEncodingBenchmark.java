package com.kafkaconnectkraken.benchmarks.sink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.sink.command.CommandParser;
import com.kafkaconnectkraken.sink.command.OrderCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.sink.SinkRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sink command record to WS v2 request text, per trading method, on the official request examples
 * ({@code ws-v2-trading/*.json}; token removed from the command, added back on the wire).
 *
 * <ul>
 *   <li>{@code commandToRequest}: the sink's path for a JSON-text record value (String converter):
 *       {@link CommandParser#parse} (parse, validate, derive {@code cl_ord_id}), then the request
 *       frame built as {@code KrakenTrading.send} and the session's {@code RequestSender} build it
 *       (params copied, {@code token} and {@code req_id} added, written with {@link KrakenJson});</li>
 *   <li>{@code directEncode}: the baseline a direct WS client pays: writing the ready request tree.</li>
 * </ul>
 * One operation = one command.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CommandEncodingBenchmark {

    private static final String TOKEN = "G38a1tGFzqGiUCmnegBcm8d4nfP3tytiNQz6tkCBYXY";

    @Param({"add_order", "amend_order", "edit_order", "cancel_order", "cancel_all", "cancel_all_orders_after",
        "batch_add", "batch_cancel"})
    public String method;

    private final ObjectMapper mapper = KrakenJson.mapper();
    private List<ObjectNode> requests;
    private List<String> commands;
    private long offset;
    private long reqId;
    private int next;

    /** Turns the method's request examples into command values (token removed) and checks each parses. */
    @Setup(Level.Trial)
    public void load() throws JsonProcessingException {
        requests = TradingRequests.of(method);
        commands = new ArrayList<>(requests.size());
        for (ObjectNode request : requests) {
            ObjectNode command = request.deepCopy();
            command.remove("req_id");
            if (command.get("params") instanceof ObjectNode params) {
                params.remove("token");
            }
            commands.add(mapper.writeValueAsString(command));
            CommandParser.parse(record(commands.get(commands.size() - 1), 0L)); // fails fast if rejected
        }
    }

    /** @return the WS request text for the next command record */
    @Benchmark
    public String commandToRequest() throws JsonProcessingException {
        OrderCommand command = CommandParser.parse(record(commands.get(nextIndex()), offset++));
        ObjectNode frame = mapper.createObjectNode().put("method", command.method().wireName());
        ObjectNode params = command.params().deepCopy();
        frame.set("params", params.put("token", TOKEN));
        frame.put("req_id", ++reqId);
        return mapper.writeValueAsString(frame);
    }

    /** @return the next ready request written as text */
    @Benchmark
    public String directEncode() throws JsonProcessingException {
        return mapper.writeValueAsString(requests.get(nextIndex()));
    }

    private static SinkRecord record(String value, long offset) {
        return new SinkRecord("kraken.commands", 0, null, null, Schema.STRING_SCHEMA, value, offset);
    }

    private int nextIndex() {
        int i = next;
        next = next + 1 == requests.size() ? 0 : next + 1;
        return i;
    }
}
