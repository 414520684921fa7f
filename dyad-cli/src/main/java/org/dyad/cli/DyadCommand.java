package org.dyad.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code dyad} command. Exit codes: 0 success; 1 some inputs or articles failed (the others were
 * processed); 2 usage error; 3 Dyad could not start (models or dictionaries failed to load).
 */
@Command(name = "dyad", mixinStandardHelpOptions = true, version = "dyad 0.1.0",
        description = "Political event data from news: who did what to whom, when, where, how certain, "
                + "according to whom.",
        subcommands = {ExtractCommand.class, EvalCommand.class, IngestCommand.class, QueryCommand.class,
            TimelineCommand.class, ExportCommand.class, ServeCommand.class, BenchCommand.class,
            BenchApiCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some inputs or articles failed; the rest were processed",
            "2:usage error", "3:Dyad could not start (models or dictionaries failed to load)"})
public final class DyadCommand implements Runnable {
    /** Some inputs failed. */
    public static final int PARTIAL_FAILURE = 1;
    /** Dyad could not start. */
    public static final int STARTUP_FAILURE = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (also used by tests). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DyadCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
