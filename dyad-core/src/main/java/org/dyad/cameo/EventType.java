package org.dyad.cameo;

import java.util.Objects;

/** What the CAMEO reference says about one code: name, Goldstein score, quad class and PLOVER type. */
public record EventType(CameoCode code, String name, double goldstein, QuadClass quadClass, String plover) {
    public EventType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(quadClass, "quadClass");
        Objects.requireNonNull(plover, "plover");
    }
}
