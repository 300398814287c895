package com.kafkaconnectkraken.simulator.exchange.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.kafkaconnectkraken.simulator.exchange.account.Account;
import java.util.Map;

/** One REST method's logic: parameters in, the {@code result} node out (errors as KrakenRejection). */
@FunctionalInterface
interface RestMethod {

    /**
     * @param account the authenticated account ({@code null} for public methods)
     * @param params  request parameters
     * @return the {@code result} node
     */
    JsonNode call(Account account, Map<String, String> params);
}
