package com.kafkaconnectkraken.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ./kraken-connect} tool's command line (picocli, https://picocli.info): one verb per subcommand, each with
 * {@code --help}. {@code run} starts the stack ({@link KrakenStack}); {@code status} and {@code logs} look at it;
 * {@code order} sends one order command and waits for its acknowledgement; {@code tail} prints a topic as JSON.
 * {@code stop} is carried out by the script (it signals the launcher) and is here for its help text. Exit status:
 * 0 success, 1 failure (for {@code order}: the command was not ACCEPTED), 2 bad arguments.
 */
@Command(name = "kraken-connect", mixinStandardHelpOptions = true, versionProvider = KrakenConnect.Version.class,
        description = "The Kraken <-> Kafka Connect pipeline on this machine: run it, look at it, send it orders, read its topics.",
        subcommands = {RunVerb.class, StopVerb.class, StatusVerb.class, LogsVerb.class, OrderVerb.class, TailVerb.class,
            CommandLine.HelpCommand.class})
public final class KrakenConnect {

    private KrakenConnect() {
    }

    /**
     * @param args a verb and its options, e.g. {@code order --method add_order --symbol ETH/USD ...}
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the command line, ready to execute or parse (tests use it too) */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new KrakenConnect());
        // a bad flag: the reason and where the help is, not the whole help
        commandLine.setParameterExceptionHandler((e, args) -> {
            String verb = e.getCommandLine().getCommandSpec().qualifiedName();
            e.getCommandLine().getErr().printf("%s: %s%nSee '%s --help'.%n", verb, e.getMessage(), verb);
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        // a failure (broker unreachable, file missing): one line, not a stack trace
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().printf("%s: %s%n", cl.getCommandSpec().qualifiedName(), e.getMessage() == null ? e : e.getMessage());
            return 1;
        });
        return commandLine;
    }

    /** The version is the launcher jar's (Maven's Implementation-Version when present). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = KrakenConnect.class.getPackage().getImplementationVersion();
            return new String[] {"kraken-connect " + (version == null ? "(development build)" : version)};
        }
    }
}
