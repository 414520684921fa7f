package org.dyad.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import org.dyad.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad export}: the store's events as GDELT, PLOVER, CSV, JSON lines or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the stored events (all, or those matching the filters) in a standard format:",
            "gdelt: the GDELT 2.0 event table's 61 tab-separated columns, no header, the columns Dyad cannot "
                + "fill left empty (tone, ethnicity, religion, actor places);",
            "plover: PLOVER JSON records, one a line, with Dyad's extensions (factuality, CAMEO code, mentions);",
            "csv, jsonl: one row or object per event, every field; parquet: Apache Parquet (needs --output).",
            "A file is written whole or not at all."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    EventFilters filters;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "gdelt, plover, csv, jsonl or parquet.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter err = cl.getErr();
        Exporter.Format f;
        try {
            f = Exporter.Format.of(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--format: " + e.getMessage());
        }
        if (f.needsFile() && output == null) {
            throw new CommandLine.ParameterException(cl,
                    "--format " + f.name().toLowerCase(Locale.ROOT) + " needs --output FILE");
        }
        EventQuery q = EventFilters.build(cl, filters.toQuery(cl));
        try (EventStore db = store.openExisting(cl)) {
            long n;
            if (output == null) {
                n = Exporter.export(db, q, f, cl.getOut());
                cl.getOut().flush();
            } else {
                n = Exporter.export(db, q, f, output);
            }
            err.printf(Locale.ROOT, "dyad: %d events exported%s%n", n, output == null ? "" : " to " + output);
            return 0;
        } catch (StoreException | UncheckedIOException e) {
            err.println("dyad: " + e.getMessage());
            return DyadCommand.PARTIAL_FAILURE;
        }
    }
}
