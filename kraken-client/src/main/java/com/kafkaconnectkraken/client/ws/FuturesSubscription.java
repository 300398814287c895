package com.kafkaconnectkraken.client.ws;

import com.kafkaconnectkraken.client.futures.protocol.FuturesFeed;
import java.util.List;
import java.util.Objects;

/**
 * One Kraken Futures subscription: a feed and, for public feeds, its product ids (upper case, e.g.
 * {@code PF_XBTUSD}); private feeds have none.
 *
 * @param feed       the feed
 * @param productIds the products, empty for private feeds and {@code heartbeat}
 */
public record FuturesSubscription(FuturesFeed feed, List<String> productIds) {

    /**
     * @throws IllegalArgumentException if a per-product feed has no products or another feed has some
     */
    public FuturesSubscription {
        Objects.requireNonNull(feed, "feed");
        productIds = List.copyOf(productIds);
        if (feed.perProduct() == productIds.isEmpty()) {
            throw new IllegalArgumentException(feed.perProduct() ? "Feed " + feed + " needs product ids"
                    : "Feed " + feed + " takes no product ids");
        }
    }

    /** @return the channel (feed) and its symbols, e.g. {@code book [BTC/USD]}, for logs and errors */
    @Override
    public String toString() {
        return feed + (productIds.isEmpty() ? "" : " " + productIds);
    }
}
