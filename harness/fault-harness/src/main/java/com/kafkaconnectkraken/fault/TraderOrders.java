package com.kafkaconnectkraken.fault;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.client.json.KrakenJson;
import com.kafkaconnectkraken.client.trader.TraderLogin;
import com.kafkaconnectkraken.client.trader.TraderTokens;
import com.kafkaconnectkraken.client.trader.protocol.TraderAction;
import com.kafkaconnectkraken.client.trader.protocol.TraderEndpoints;
import com.kafkaconnectkraken.client.ws.KrakenWsConfig;
import com.kafkaconnectkraken.client.ws.TraderMessage;
import com.kafkaconnectkraken.client.ws.TraderWsListener;
import com.kafkaconnectkraken.client.ws.TraderWsSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Orders per clientOrderId at the simulator's Trader venue, read from another process the way a user would: a login
 * ({@code POST /api/v1/login}) and {@code orderHistory} {@code {accountId, to?, limit}} on the Trader WebSocket API
 * (docs/protocol/trader-api.md §3, §4), paged newest first by {@code to} = the oldest {@code createdAt} of the last
 * page, each order counted once by {@code orderId}.
 */
final class TraderOrders {

    /** The venue's largest {@code limit} of a history query. */
    private static final int PAGE = 1000;
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private TraderOrders() {
    }

    /**
     * @param wsUrl     the Trader socket, {@code ws://<host>/api/v1/ws}
     * @param accountId the account whose orders are counted
     * @return orders per clientOrderId (orders without one under {@code "-"})
     * @throws Exception if the login, the connection or a query fails or is not answered within 60 s
     */
    static Map<String, Integer> perClientOrderId(String wsUrl, String user, String password, String accountId)
            throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        orders(wsUrl, user, password, accountId).forEach(o -> counts.merge(o.path("clientOrderId").asText("-"), 1, Integer::sum));
        return counts;
    }

    /**
     * @return every order of the account, each once (its latest state: {@code orderId}, {@code clientOrderId},
     *     {@code status}, {@code filledQuantity}, ...), newest first
     * @throws Exception if the login, the connection or a query fails or is not answered within 60 s
     */
    static List<JsonNode> orders(String wsUrl, String user, String password, String accountId) throws Exception {
        KrakenWsConfig config = KrakenWsConfig.builder(URI.create(wsUrl)).name("fault-trader-orders")
                .requestTimeout(ANSWER_TIMEOUT).maxRequestsPerSecond(100).build();
        TraderTokens tokens = TraderTokens.login(login(wsUrl, user, password), Duration.ofMinutes(1), Clock.systemUTC());
        try (TraderWsSession session = new TraderWsSession(config, tokens, message -> { })) {
            session.connect().get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return allOrders(session, accountId);
        }
    }

    /**
     * @return a JWT the simulator issues to the harness for this login (to scan for)
     * @throws Exception if the login is refused or fails
     */
    static String jwt(String wsUrl, String user, String password) throws Exception {
        return login(wsUrl, user, password).login();
    }

    private static List<JsonNode> allOrders(TraderWsSession session, String accountId) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String to = null;
        while (true) {
            ObjectNode query = KrakenJson.mapper().createObjectNode().put("accountId", accountId).put("limit", PAGE);
            if (to != null) {
                query.put("to", to);
            }
            JsonNode orders = session.request(TraderAction.ORDER_HISTORY, query,
                    TraderWsSession.answersQuery(TraderAction.ORDER_HISTORY))
                    .get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS).payload().path("orders");
            int fresh = 0;
            for (JsonNode order : orders) {
                if (seen.add(order.path("orderId").asText())) {
                    fresh++;
                    all.add(order);
                }
            }
            if (fresh == 0 || orders.size() < PAGE) {
                return all;
            }
            to = orders.get(orders.size() - 1).path("createdAt").asText();
        }
    }

    private static TraderLogin login(String wsUrl, String user, String password) {
        return new TraderLogin(TraderEndpoints.loginUri(URI.create(wsUrl)), user, password, TraderLogin.Fields.DEFAULT,
                new OkHttpClient());
    }
}
