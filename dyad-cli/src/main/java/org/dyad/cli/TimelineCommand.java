package org.dyad.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dyad.store.EventStore;
import org.dyad.store.Period;
import org.dyad.store.StoreException;
import org.dyad.store.TimelineBucket;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad timeline A B}: events between two actors per period, by quad class, with the Goldstein sum. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Counts the events between two actors per period, by quad class, with the sum of their "
            + "Goldstein scores; every period from the first event to the last, empty ones too.")
public final class TimelineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "An actor code or country (PRK, PRKGOV).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other actor.")
    String b;

    @Mixin
    StoreOption store;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD",
            description = "day, week, month (the default) or year.")
    String by;

    @Option(names = "--directed", description = "Only events from A to B.")
    boolean directed;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "From this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Up to this day.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (the default), csv or jsonl.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Period period;
        try {
            period = Period.of(by);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--by: " + e.getMessage());
        }
        String fmt = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "jsonl").contains(fmt)) {
            throw new CommandLine.ParameterException(cl, "--format must be table, csv or jsonl, not '" + format + "'");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new CommandLine.ParameterException(cl, "--from " + from + " is after --to " + to);
        }
        try (EventStore db = store.openExisting(cl)) {
            List<TimelineBucket> rows = db.timeline(a, b, directed, period, from, to);
            ObjectMapper json = new ObjectMapper();
            if (fmt.equals("table")) {
                out.printf(Locale.ROOT, "%-10s %8s %8s %8s %8s %6s %9s%n", "period", "v-coop", "m-coop", "v-confl",
                        "m-confl", "total", "goldstein");
            } else if (fmt.equals("csv")) {
                out.println("period,start,verbal_cooperation,material_cooperation,verbal_conflict,material_conflict,"
                        + "total,goldstein");
            }
            for (TimelineBucket r : rows) {
                switch (fmt) {
                    case "table" -> out.printf(Locale.ROOT, "%-10s %8d %8d %8d %8d %6d %9.1f%n", r.label(),
                            r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(), r.materialConflict(),
                            r.total(), r.goldstein());
                    case "csv" -> out.printf(Locale.ROOT, "%s,%s,%d,%d,%d,%d,%d,%s%n", r.label(), r.start(),
                            r.verbalCooperation(), r.materialCooperation(), r.verbalConflict(), r.materialConflict(),
                            r.total(), r.goldstein());
                    default -> {
                        ObjectNode o = json.createObjectNode();
                        o.put("period", r.label());
                        o.put("start", r.start().toString());
                        o.put("verbal_cooperation", r.verbalCooperation());
                        o.put("material_cooperation", r.materialCooperation());
                        o.put("verbal_conflict", r.verbalConflict());
                        o.put("material_conflict", r.materialConflict());
                        o.put("total", r.total());
                        o.put("goldstein", r.goldstein());
                        out.println(o);
                    }
                }
            }
            out.flush();
            if (rows.isEmpty()) {
                cl.getErr().println("dyad: no events between " + a + " and " + b);
            }
            return 0;
        } catch (StoreException e) {
            cl.getErr().println("dyad: " + e.getMessage());
            return DyadCommand.PARTIAL_FAILURE;
        }
    }
}
