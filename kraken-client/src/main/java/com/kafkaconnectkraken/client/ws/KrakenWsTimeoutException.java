package com.kafkaconnectkraken.client.ws;

import java.time.Duration;
import java.util.List;

/**
 * No (complete) response arrived within the configured request timeout. The request <b>was
 * sent</b>; its outcome is unknown (a trading caller maps this to UNKNOWN and reconciles via the
 * {@code executions} channel). A response that arrives later is passed to
 * {@link KrakenWsListener#onUnmatchedResponse(KrakenWsResponse)} with the same {@link #reqId()}.
 *
 * <p>For multi-frame requests (e.g. {@code cancel_order} with N ids, one frame per id),
 * {@link #partialResponses()} holds the frames that did arrive.
 */
public final class KrakenWsTimeoutException extends KrakenWsException {

    private final String method;
    private final long reqId;
    private final transient List<KrakenWsResponse> partialResponses;

    /**
     * @param method           the request method, e.g. {@code add_order}
     * @param reqId            the request's {@code req_id}
     * @param timeout          the timeout that elapsed
     * @param expected         how many response frames were expected
     * @param partialResponses frames received before the timeout (possibly empty)
     */
    public KrakenWsTimeoutException(String method, long reqId, Duration timeout, int expected,
                                    List<KrakenWsResponse> partialResponses) {
        super("No response to " + method + " req_id " + reqId + " within " + timeout.toMillis()
                + " ms (" + partialResponses.size() + " of " + expected + " frames received)");
        this.method = method;
        this.reqId = reqId;
        this.partialResponses = List.copyOf(partialResponses);
    }

    /**
     * @return the request method
     */
    public String method() {
        return method;
    }

    /**
     * @return the request's {@code req_id}
     */
    public long reqId() {
        return reqId;
    }

    /**
     * @return response frames received before the timeout, in arrival order (possibly empty)
     */
    public List<KrakenWsResponse> partialResponses() {
        return partialResponses;
    }
}
