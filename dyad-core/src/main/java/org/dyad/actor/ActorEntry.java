package org.dyad.actor;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One dictionary entry that names or describes an actor.
 *
 * @param kind       what the phrase is
 * @param code       CAMEO-style actor code: country plus sector ("PRKGOV"), the country alone, an organisation
 *                   code, or the sector alone for a generic agent
 * @param country    the state (ISO3) or organisation code it belongs to, or null for a generic agent
 * @param sector     CAMEO sector, or null
 * @param from       first day of a person's role, or null
 * @param to         last day of a person's role, or null if open
 * @param surname    a person's surname form, usable only after the full name appeared in the article
 * @param label      the canonical name, for people reading an explanation
 * @param origin     {@code file:line} of the entry
 */
public record ActorEntry(Kind kind, String code, String country, String sector, LocalDate from, LocalDate to,
                         boolean surname, String label, String origin) {

    /**
     * What kind of phrase an entry is. An OFFICE is a state's one office standing for its government ("el Papa"),
     * a phrase that names it only after an article.
     */
    public enum Kind { COUNTRY, CAPITAL, SEAT, OFFICE, DEMONYM, PERSON, ORGANIZATION, AGENT }

    public ActorEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /** Whether the entry holds on a date (any date when {@code date} is null). */
    public boolean validOn(LocalDate date) {
        if (date == null) {
            return true;
        }
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
