package com.kafkaconnectkraken.simulator.trader;

/**
 * {@code timeInForce} (docs/protocol/trader-api.md §3, assumed): {@code GTC} and {@code DAY} rest until filled or
 * cancelled (the simulator has no trading day); {@code IOC} fills what it can at once and cancels the rest; {@code FOK}
 * fills completely at once or is cancelled without a fill.
 */
enum TimeInForce {
    GTC, IOC, FOK, DAY
}
