package org.dyad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.dyad.store.EventQuery;
import org.dyad.store.EventStore;
import org.dyad.store.Exporter;
import org.dyad.store.Page;
import org.dyad.store.StoreException;
import org.dyad.store.StoredEvent;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad query}: the stored events that match filters, one row per event. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Prints the stored events that match the filters, one row per event, by day.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    EventFilters filters;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (the default), jsonl or csv.")
    String format;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N",
            description = "At most N events (default: ${DEFAULT-VALUE}); the total is said on standard error.")
    int limit;

    @Option(names = "--offset", defaultValue = "0", paramLabel = "N", description = "Skip the first N events.")
    int offset;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        PrintWriter err = cl.getErr();
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("jsonl") && !fmt.equals("csv")) {
            throw new CommandLine.ParameterException(cl, "--format must be table, jsonl or csv, not '" + format + "'");
        }
        EventQuery q = EventFilters.build(cl, filters.toQuery(cl).limit(limit).offset(offset));
        try (EventStore db = store.openExisting(cl)) {
            Page<StoredEvent> page = db.events(q);
            if (fmt.equals("table")) {
                for (StoredEvent e : page.items()) {
                    out.println(row(e));
                }
            } else {
                Exporter.Format f = Exporter.Format.of(fmt);
                for (String line : Exporter.lines(page.items(), f)) {
                    out.println(line);
                }
            }
            out.flush();
            err.printf(Locale.ROOT, "dyad: %d of %d events%s%n", page.items().size(), page.total(),
                    page.total() > (long) offset + page.items().size() ? " (more with --offset or --limit)" : "");
            return 0;
        } catch (StoreException e) {
            err.println("dyad: " + e.getMessage());
            return DyadCommand.PARTIAL_FAILURE;
        }
    }

    /** One readable line: day, dyad, code, name, factuality, date, place, mentions. */
    static String row(StoredEvent e) {
        String dyad = e.sourceCode() + "→" + (e.targetCode() == null ? "-" : e.targetCode());
        String name = e.name().length() > 36 ? e.name().substring(0, 35) + "…" : e.name();
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-6d %s  %-16s %-4s %-36s · %s", e.id(),
                e.day(), dyad, e.code(), name, e.factuality().label()));
        b.append(" · ").append(e.date() == null ? "no date" : e.date().iso());
        if (e.place() != null) {
            b.append(" · in ").append(e.place().name()).append(", ").append(e.place().country());
        }
        b.append(String.format(Locale.ROOT, " · %d mention%s in %d article%s", e.mentions(),
                e.mentions() == 1 ? "" : "s", e.articles(), e.articles() == 1 ? "" : "s"));
        return b.toString();
    }
}
