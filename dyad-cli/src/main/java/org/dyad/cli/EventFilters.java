package org.dyad.cli;

import java.time.LocalDate;

import org.dyad.factuality.Factuality;
import org.dyad.store.EventQuery;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The event filters shared by {@code query} and {@code export}. */
final class EventFilters {

    @Option(names = "--actor", paramLabel = "ACTOR",
            description = "Events with this actor as source or target: a code prefix (PRK, PRKGOV) or a country.")
    String actor;

    @Option(names = "--dyad", paramLabel = "A:B",
            description = "Events between two actors (either way unless --directed), such as PRK:RUS.")
    String dyad;

    @Option(names = "--directed", description = "With --dyad: only events from A to B.")
    boolean directed;

    @Option(names = "--code", paramLabel = "CODE", description = "A CAMEO code and its sub-codes (04, 042).")
    String code;

    @Option(names = "--root", paramLabel = "ROOT", description = "A CAMEO root (two digits).")
    String root;

    @Option(names = "--quad", paramLabel = "QUAD",
            description = "Quad class: 1-4 or verbal-cooperation, material-cooperation, verbal-conflict, "
                + "material-conflict.")
    String quad;

    @Option(names = "--factuality", paramLabel = "F",
            description = "asserted, reported, alleged, denied, expected, negated or hypothetical.")
    String factuality;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--place", paramLabel = "PLACE", description = "A place name, region or country code.")
    String place;

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Words in a sentence that mentions the event or in its article's title.")
    String text;

    /** The query these options describe; bad values are usage errors naming the option. */
    EventQuery.Builder toQuery(CommandLine cl) {
        EventQuery.Builder b = EventQuery.builder().actor(actor).code(code).root(root).from(from).to(to)
                .place(place).text(text);
        if (dyad != null) {
            String[] ab = dyad.split("[:/]", -1);
            if (ab.length != 2 || ab[0].isBlank() || ab[1].isBlank()) {
                throw new CommandLine.ParameterException(cl, "--dyad must be two actors as A:B, not '" + dyad + "'");
            }
            b.dyad(ab[0], ab[1], directed);
        } else if (directed) {
            throw new CommandLine.ParameterException(cl, "--directed needs --dyad");
        }
        if (quad != null) {
            try {
                b.quadClass(EventQuery.quadClass(quad));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--quad: " + e.getMessage());
            }
        }
        if (factuality != null) {
            try {
                b.factuality(Factuality.ofLabel(factuality.strip()));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--factuality must be asserted, reported, alleged, "
                        + "denied, expected, negated or hypothetical, not '" + factuality + "'");
            }
        }
        return b;
    }

    /** Builds the query, turning a validation error into a usage error. */
    static EventQuery build(CommandLine cl, EventQuery.Builder b) {
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
    }
}
