package com.kafkaconnectkraken.cli;

import com.kafkaconnectkraken.registry.ChildProcess;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the stack runs its services as {@link ChildProcess}es: {@linkplain ChildProcess.Options#supervised supervised}
 * (own session, so a terminal's Ctrl-C reaches only the launcher, which stops them in order), stdout and stderr in
 * {@code logs/<name>.log}, the pid in {@code run/<name>.pid} (so {@code kraken-connect stop} can end it even if the
 * launcher died), the data directory as working directory; failures as {@link StackException} naming the service and
 * its log.
 */
final class StackProcesses {

    private StackProcesses() {
    }

    /** @return the options of the stack's service {@code name} */
    static ChildProcess.Options options(StackLayout layout, String name) {
        return ChildProcess.Options.supervised(layout.dataDir(), layout.log(name), layout.run().resolve(name + ".pid"));
    }

    /**
     * Starts a service (not waiting for it).
     *
     * @param name    service name: log file {@code logs/<name>.log}, pid file {@code run/<name>.pid}
     * @param command the full command (java executable first)
     * @param env     extra environment variables (e.g. a secret that must not show in {@code ps})
     * @throws StackException if it cannot be started
     */
    static ChildProcess start(StackLayout layout, String name, List<String> command, Map<String, String> env) {
        try {
            return ChildProcess.start(name, command, env, options(layout, name));
        } catch (IllegalStateException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    /**
     * Waits for a one-shot tool to exit with code 0.
     *
     * @throws StackException if it does not exit in time or exits with a non-zero code
     */
    static void awaitSuccess(ChildProcess process, Duration timeout) {
        try {
            process.awaitSuccess(timeout);
        } catch (IllegalStateException e) {
            throw new StackException(e.getMessage(), e);
        }
    }

    /** @return {@code java -Xmx.. <flags> -cp <classpath> <mainClass>} as a mutable list to append arguments to */
    static List<String> javaCommand(String heap, String classpath, String mainClass, String... jvmArgs) {
        List<String> command = new ArrayList<>(List.of(StackLayout.java().toString(), "-Xmx" + heap, "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.net.preferIPv4Stack=true"));
        command.addAll(List.of(jvmArgs));
        command.addAll(List.of("-cp", classpath, mainClass));
        return command;
    }
}
