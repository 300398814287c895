package com.kafkaconnectkraken.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code kraken-connect stop}: carried out by the script, which sends SIGTERM to the launcher (pid in
 * {@code run/stack.pid}), waits up to 180 s for the stack's orderly shutdown and ends child processes left by a
 * launcher killed hard. This verb gives its help; called directly it only says so.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = {"Stop a running stack: connectors deleted (offsets kept), worker, broker, registry and simulators"
            + " stopped in reverse order. Data is kept (run --wipe to start empty)."})
final class StopVerb implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("kraken-connect: stop is carried out by the ./kraken-connect script: run ./kraken-connect stop");
        return 2;
    }
}
