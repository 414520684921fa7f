package org.dyad.coding;

import java.util.List;
import java.util.Objects;

import org.dyad.actor.Actor;
import org.dyad.cameo.EventType;
import org.dyad.factuality.Attribution;
import org.dyad.factuality.Factuality;
import org.dyad.geo.Location;
import org.dyad.time.TimeValue;

/**
 * A coded political event. Offsets are UTF-16 char offsets into the article text.
 *
 * @param doc          article id
 * @param sentence     sentence index, from 0
 * @param source       who acts
 * @param target       to whom, or null
 * @param type         CAMEO code with its name, Goldstein score, quad class and PLOVER type
 * @param trigger      the predicate as written
 * @param triggerBegin start of the trigger
 * @param triggerEnd   end of the trigger
 * @param factuality   how the text presents it
 * @param attribution  who says so, or null
 * @param date         when, at its precision, or null
 * @param dateText     the time expression as written, or null when the date is the article's
 * @param place        where it happens, or null
 * @param evidence     the sentence
 * @param begin        start of the sentence
 * @param end          end of the sentence
 * @param via          the rules and dictionary entries that produced it
 */
public record Event(String doc, int sentence, Actor source, Actor target, EventType type, String trigger,
                    int triggerBegin, int triggerEnd, Factuality factuality, Attribution attribution, TimeValue date,
                    String dateText, Location place, String evidence, int begin, int end, List<String> via) {
    public Event {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(factuality, "factuality");
        via = List.copyOf(via);
    }

    /** A copy with another factuality, and the reason appended to its explanation. */
    public Event withFactuality(Factuality newFactuality, String reason) {
        List<String> v = new java.util.ArrayList<>(via);
        v.add(reason);
        return new Event(doc, sentence, source, target, type, trigger, triggerBegin, triggerEnd, newFactuality,
                attribution, date, dateText, place, evidence, begin, end, v);
    }

    /** A copy on another day, the reason replacing the explanation {@code oldReason} of its former day. */
    public Event withDate(TimeValue newDate, String oldReason, String reason) {
        List<String> v = new java.util.ArrayList<>(via);
        int k = v.indexOf(oldReason);
        if (k < 0) {
            v.add(reason);
        } else {
            v.set(k, reason);
        }
        return new Event(doc, sentence, source, target, type, trigger, triggerBegin, triggerEnd, factuality,
                attribution, newDate, dateText, place, evidence, begin, end, v);
    }
}
