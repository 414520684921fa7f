package org.dyad.factuality;

import java.util.Objects;

/**
 * Who says an event happened: an actor, a named outlet, or unnamed reports.
 *
 * @param text    the words as written ("la Agencia Central de Noticias", "informes de los medios")
 * @param code    actor code ("PRKMED", "RUSGOV"), or "MED" for unnamed media, or null
 * @param country state or organisation code, or null
 */
public record Attribution(String text, String code, String country) {
    public Attribution {
        Objects.requireNonNull(text, "text");
    }
}
