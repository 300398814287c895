package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.kafkaconnectkraken.simulator.exchange.ExchangeJson;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import com.kafkaconnectkraken.simulator.exchange.account.Accounts;
import com.kafkaconnectkraken.simulator.exchange.account.TokenStore;
import com.kafkaconnectkraken.simulator.exchange.engine.KrakenRejection;
import com.kafkaconnectkraken.simulator.exchange.engine.MatchingEngine;
import com.kafkaconnectkraken.simulator.transport.RestHandler;
import com.kafkaconnectkraken.simulator.transport.RestRequest;
import com.kafkaconnectkraken.simulator.transport.RestResponse;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The simulated REST API ({@code /0/public/<Method>}, {@code /0/private/<Method>}): injected faults first,
 * then authentication and the call counter for private calls, then the method. Every API-level outcome is
 * HTTP 200 with {@code {"error":[...],"result":...}} (https://docs.kraken.com/api/docs/guides/spot-errors).
 */
public final class RestRouter implements RestHandler {

    private static final String PUBLIC = "/0/public/";
    private static final String PRIVATE = "/0/private/";

    private final Map<String, RestMethod> publicMethods = new HashMap<>();
    private final Map<String, RestMethod> privateMethods = new HashMap<>();
    private final RestAuthenticator authenticator;
    private final RestRateLimit counter;
    private final Supplier<Optional<String>> injectedFailure;
    private final BooleanSupplier unsortedPages;

    /**
     * @param accounts        API keys
     * @param engine          exchange state
     * @param tokens          WS token store
     * @param counter         REST call counter
     * @param clock           time source
     * @param injectedFailure fault injection: an error to answer instead of running the call
     * @param unsortedPages   fault injection: whether history pages come in no particular order ({@link UnsortedPages})
     */
    public RestRouter(Accounts accounts, MatchingEngine engine, TokenStore tokens, RestRateLimit counter,
                      Clock clock, Supplier<Optional<String>> injectedFailure, BooleanSupplier unsortedPages) {
        this.authenticator = new RestAuthenticator(accounts);
        this.counter = counter;
        this.injectedFailure = injectedFailure;
        this.unsortedPages = unsortedPages;
        new PublicMethods(clock).register(publicMethods);
        new AccountMethods(engine, tokens).register(privateMethods);
        new OrderMethods(engine).register(privateMethods);
        new HistoryMethods(engine).register(privateMethods);
    }

    @Override
    public RestResponse handle(RestRequest request) {
        try {
            Optional<String> fault = injectedFailure.get();
            if (fault.isPresent()) {
                throw new KrakenRejection(fault.get());
            }
            return RestResponse.json(success(route(request)));
        } catch (KrakenRejection e) {
            return RestResponse.json(failure(e.error()));
        }
    }

    private JsonNode route(RestRequest request) {
        String path = request.path();
        if (path.startsWith(PUBLIC)) {
            RestMethod method = find(publicMethods, path.substring(PUBLIC.length()));
            Map<String, String> params = "POST".equals(request.method())
                    ? RestParams.body(request.header("Content-Type"), request.bodyText())
                    : RestParams.form(request.query());
            return method.call(null, params);
        }
        if (path.startsWith(PRIVATE)) {
            String name = path.substring(PRIVATE.length());
            RestMethod method = find(privateMethods, name);
            Map<String, String> params = RestParams.body(request.header("Content-Type"), request.bodyText());
            Account account = authenticator.authenticate(request, params);
            counter.charge(account.apiKey(), name);
            JsonNode result = method.call(account, params);
            if (unsortedPages.getAsBoolean()) {
                UnsortedPages.apply(name, result);
            }
            return result;
        }
        throw new KrakenRejection("EGeneral:Unknown method");
    }

    private static RestMethod find(Map<String, RestMethod> methods, String name) {
        RestMethod method = methods.get(name);
        if (method == null) {
            throw new KrakenRejection("EGeneral:Unknown method");
        }
        return method;
    }

    private static String success(JsonNode result) {
        ObjectNode envelope = ExchangeJson.object();
        envelope.putArray("error");
        envelope.set("result", result);
        return ExchangeJson.write(envelope);
    }

    private static String failure(String error) {
        ObjectNode envelope = ExchangeJson.object();
        envelope.putArray("error").add(error);
        return ExchangeJson.write(envelope);
    }
}
