package com.kafkaconnectkraken.testkit;

import java.util.function.Supplier;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class one {@link ConnectStack}, started before its first test and
 * stopped after its last:
 * <pre>{@code
 * @RegisterExtension
 * static final ConnectStackExtension STACK = new ConnectStackExtension();
 * ...
 * STACK.get().deployConnector("source", config);
 * }</pre>
 * Register it in a {@code static} field; an instance field would start a stack per test.
 */
public final class ConnectStackExtension implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<ConnectStack> starter;
    private ConnectStack stack;

    /** Uses the default stack: one broker, one worker, one schema registry. */
    public ConnectStackExtension() {
        this(ConnectStack::start);
    }

    /**
     * @param builder a configured builder, e.g. {@code ConnectStack.builder().withoutRegistry()}
     */
    public ConnectStackExtension(ConnectStackBuilder builder) {
        this(builder::start);
    }

    private ConnectStackExtension(Supplier<ConnectStack> starter) {
        this.starter = starter;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        stack = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }

    /**
     * @return the running stack
     * @throws IllegalStateException outside the test class's lifecycle
     */
    public ConnectStack get() {
        if (stack == null) {
            throw new IllegalStateException("ConnectStack not running: register the extension in a static field");
        }
        return stack;
    }
}
