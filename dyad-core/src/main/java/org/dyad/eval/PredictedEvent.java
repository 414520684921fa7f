package org.dyad.eval;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * What the scorer needs of a predicted event.
 *
 * @param source     source country (ISO3 or organisation code)
 * @param target     target country, or null
 * @param code       full CAMEO code
 * @param factuality predicted label
 * @param date       predicted date, or null
 */
public record PredictedEvent(String source, String target, String code, Factuality factuality, TimeValue date) {
    public String root() {
        return code.substring(0, 2);
    }
}
