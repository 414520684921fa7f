package org.dyad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.dyad.pipeline.Extractor;
import org.dyad.server.ApiBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad bench-api}: latency of POST /api/extract on a warm in-process server, and a burst of requests. */
@Command(name = "bench-api", mixinStandardHelpOptions = true,
        description = {"Starts the server in this process on a free localhost port over a temporary store, warms "
                + "it up, then times POST /api/extract on the sample article: sequential latency percentiles, "
                + "then a burst of concurrent requests (failures, wall time, peak heap)."})
public final class BenchApiCommand implements Callable<Integer> {
    @Option(names = "--warmup", defaultValue = "10", paramLabel = "N", description = "Warm-up requests (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--requests", defaultValue = "50", paramLabel = "N",
            description = "Sequential timed requests (default: ${DEFAULT-VALUE}).")
    int requests;

    @Option(names = "--concurrent", defaultValue = "50", paramLabel = "N",
            description = "Requests sent at once (default: ${DEFAULT-VALUE}).")
    int concurrent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (warmup < 0 || requests < 1 || concurrent < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--warmup must be 0 or more, --requests and --concurrent 1 or more");
        }
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = Models.loadOrReport(err, false);
        if (extractor == null) {
            return DyadCommand.STARTUP_FAILURE;
        }
        boolean ok = new ApiBenchmark(extractor, spec.commandLine().getOut()).run(warmup, requests, concurrent);
        return ok ? 0 : DyadCommand.PARTIAL_FAILURE;
    }
}
