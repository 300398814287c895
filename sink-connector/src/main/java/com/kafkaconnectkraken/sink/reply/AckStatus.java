package com.kafkaconnectkraken.sink.reply;

/** Status of an acknowledgement ({@code schemas/order_ack.avsc}, enum {@code AckStatus}). */
public enum AckStatus {
    /** Kraken answered success (or reconciliation found the order). */
    ACCEPTED,
    /** Kraken answered an error, or the connector refused the command (guard, HMAC, rate limit). */
    REJECTED,
    /** No answer in time: outcome being reconciled (non-final), or not reconcilable (final). */
    UNKNOWN,
    /** Older than {@code command.max.age.ms}; not sent. */
    EXPIRED,
    /** Malformed or invalid command; not sent. */
    INVALID
}
