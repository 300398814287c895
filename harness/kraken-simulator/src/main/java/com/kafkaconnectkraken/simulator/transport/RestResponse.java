package com.kafkaconnectkraken.simulator.transport;

/**
 * One HTTP response of the simulated Kraken REST API.
 *
 * @param status      HTTP status (Kraken answers 200 even for API errors)
 * @param contentType content type, normally {@code application/json}
 * @param body        response body text
 */
public record RestResponse(int status, String contentType, String body) {

    /** @return a 200 response with a JSON body. */
    public static RestResponse json(String body) {
        return new RestResponse(200, "application/json", body);
    }
}
