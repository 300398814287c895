package com.kafkaconnectkraken.client.ws;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.spot.protocol.SpotChannel;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One Kraken WebSocket v2 subscription: a channel, its symbols and its other parameters
 * (docs/protocol/kraken-spot.md §2 and §4; e.g. https://docs.kraken.com/api/docs/websocket-v2/book).
 *
 * <p>Examples: {@code Subscription.of(SpotChannel.BOOK, List.of("BTC/USD", "ETH/USD")).withParam("depth", 10)},
 * {@code Subscription.of(SpotChannel.EXECUTIONS, List.of()).withParam("snap_orders", true)}.
 * Never put {@code token} into the params: the session adds a fresh one to the channels whose
 * {@link SpotChannel#requiresToken()} is true. Immutable; params are copied in and out.
 *
 * @param channel the channel, one that {@link SpotChannel#isSubscribable() can be subscribed}
 * @param symbols {@code BASE/QUOTE} symbols ({@code BTC/USD}); empty for channels without symbols
 *                ({@code instrument}, {@code executions}, {@code balances})
 * @param params  other request parameters ({@code depth}, {@code snapshot}, {@code interval},
 *                {@code event_trigger}, {@code snap_orders}...); never {@code channel},
 *                {@code symbol} or {@code token}
 */
public record Subscription(SpotChannel channel, List<String> symbols, ObjectNode params) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if {@code channel} is a control channel or {@code null}, a symbol is
     *                                  blank or repeated,
     *                                  or params contain {@code channel}, {@code symbol} or {@code token}
     */
    public Subscription {
        if (channel == null || !channel.isSubscribable()) {
            throw new IllegalArgumentException("Cannot subscribe to channel " + channel);
        }
        symbols = List.copyOf(symbols == null ? List.of() : symbols);
        if (symbols.stream().anyMatch(String::isBlank) || new LinkedHashSet<>(symbols).size() != symbols.size()) {
            throw new IllegalArgumentException("Subscription symbols must be non-blank and distinct: " + symbols);
        }
        params = params == null ? KrakenJson.mapper().createObjectNode() : params.deepCopy();
        for (String reserved : List.of("channel", "symbol", "token")) {
            if (params.has(reserved)) {
                throw new IllegalArgumentException("Subscription params must not contain '" + reserved
                        + "' (channel and symbols are components; the session adds the token)");
            }
        }
    }

    /**
     * @param channel the channel
     * @param symbols the symbols (empty for channels without symbols)
     * @return a subscription without further params
     */
    public static Subscription of(SpotChannel channel, Collection<String> symbols) {
        return new Subscription(channel, List.copyOf(symbols), null);
    }

    /**
     * @param name  parameter name, e.g. {@code depth}
     * @param value a JSON-mappable value (String, Number, Boolean, List...)
     * @return a copy with the parameter set
     */
    public Subscription withParam(String name, Object value) {
        ObjectNode copy = params.deepCopy();
        copy.set(name, KrakenJson.mapper().valueToTree(value));
        return new Subscription(channel, symbols, copy);
    }

    /**
     * @param newSymbols the symbols
     * @return a copy with other symbols and the same channel and params
     */
    public Subscription withSymbols(Collection<String> newSymbols) {
        return new Subscription(channel, List.copyOf(newSymbols), params);
    }

    /**
     * @return a copy of the params
     */
    @Override
    public ObjectNode params() {
        return params.deepCopy();
    }

    /**
     * @return whether Kraken requires {@code params.token} for this channel
     *         ({@link SpotChannel#requiresToken()})
     */
    public boolean requiresToken() {
        return channel.requiresToken();
    }

    /**
     * @return how many acknowledgements Kraken sends: one per symbol, or one for a channel
     *         without symbols
     */
    public int expectedAcks() {
        return symbols.isEmpty() ? 1 : symbols.size();
    }

    /**
     * @return {@code subscribe} params: {@code channel}, {@code symbol} (if any) and all params
     */
    ObjectNode subscribeParams() {
        ObjectNode node = base();
        node.setAll(params.deepCopy());
        return node;
    }

    /**
     * Kraken's unsubscribe takes the channel, the symbols and only the parameters that identify
     * the subscription ({@link SpotChannel#identifyingParams()}); flags such as {@code snapshot}
     * are left out [INFERRED from the per-channel unsubscribe schemas].
     *
     * @return {@code unsubscribe} params
     */
    ObjectNode unsubscribeParams() {
        ObjectNode node = base();
        for (String name : channel.identifyingParams()) {
            if (params.has(name)) {
                node.set(name, params.get(name).deepCopy());
            }
        }
        return node;
    }

    private ObjectNode base() {
        ObjectNode node = KrakenJson.mapper().createObjectNode();
        node.put("channel", channel.wireName());
        if (!symbols.isEmpty()) {
            ArrayNode array = node.putArray("symbol");
            symbols.forEach(array::add);
        }
        return node;
    }

    /** @return the channel (feed) and its symbols, e.g. {@code book [BTC/USD]}, for logs and errors */
    @Override
    public String toString() {
        return channel + " " + symbols;
    }
}
