package com.kafkaconnectkraken.simulator.market;

import com.kafkaconnectkraken.simulator.transport.ClientConnection;

/**
 * A market-data connection whose sends are discarded while {@link MarketFaults#isStalled()}; the
 * connection itself stays open.
 */
final class GatedConnection implements ClientConnection {

    private final ClientConnection delegate;
    private final MarketFaults faults;

    GatedConnection(ClientConnection delegate, MarketFaults faults) {
        this.delegate = delegate;
        this.faults = faults;
    }

    @Override
    public long id() {
        return delegate.id();
    }

    @Override
    public void send(String text) {
        if (!faults.isStalled()) {
            delegate.send(text);
        }
    }

    @Override
    public void close(int code, String reason) {
        delegate.close(code, reason);
    }

    @Override
    public void abort() {
        delegate.abort();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public String toString() {
        return delegate.toString();
    }
}
