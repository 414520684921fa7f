package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;
import org.dyad.server.DyadServer;
import org.dyad.server.SampleArticle;
import org.dyad.server.ServerConfig;
import org.dyad.store.EventStore;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the web page and the JSON API over an event store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (Read, Explore, Map) and the JSON API (/api/openapi.json describes it) "
                + "over an event store, on this machine only unless --host says otherwise. Ctrl-C stops it."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Mixin
    StoreOption storeOption;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOCALHOST, paramLabel = "HOST",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--sample",
            description = "Store the sample article (samples/kim-putin.es.txt, 2024-06-13) first, unless it is there.")
    boolean sample;

    @Option(names = "--extract-threads", paramLabel = "N",
            description = "Extractions run at once (default: one per core); more requests wait their turn.")
    Integer extractThreads;

    @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Largest request body accepted; larger ones get 413 (default: ${DEFAULT-VALUE}).")
    int maxBody;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            ServerConfig d = ServerConfig.defaults(port);
            config = new ServerConfig(host, port, maxBody, extractThreads == null ? d.extractThreads() : extractThreads,
                    d.extractQueue());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        EventStore store;
        try {
            store = storeOption.openForWriting();
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return DyadCommand.STARTUP_FAILURE;
        }
        Extractor extractor = Models.loadOrReport(err, false);
        if (extractor == null) {
            store.close();
            return DyadCommand.STARTUP_FAILURE;
        }
        if (sample) {
            try {
                boolean added = SampleArticle.ingest(store, extractor);
                err.println("dyad: sample article " + SampleArticle.ID + (added ? " stored in " : " already in ")
                        + store.location());
            } catch (ExtractionException | StoreException e) {
                err.println("dyad: cannot store the sample article: " + e.getMessage());
                store.close();
                return DyadCommand.STARTUP_FAILURE;
            }
        }
        DyadServer server;
        try {
            server = new DyadServer(store, extractor, config).start();
        } catch (RuntimeException e) {
            err.println("dyad: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            store.close();
            return DyadCommand.STARTUP_FAILURE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "dyad-serve-stop"));
        err.println("dyad: serving " + server.url() + " (store " + store.location() + "; Ctrl-C stops)");
        err.flush();
        stopped.await();
        return 0;
    }
}
