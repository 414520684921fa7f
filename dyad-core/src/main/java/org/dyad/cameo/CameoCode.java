package org.dyad.cameo;

import java.util.Objects;
import java.util.regex.Pattern;

/** A CAMEO event code of two to four digits; its first two digits are the root. */
public record CameoCode(String value) implements Comparable<CameoCode> {
    private static final Pattern SHAPE = Pattern.compile("(0[1-9]|1[0-9]|20)[0-9]{0,2}");

    public CameoCode {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CAMEO event code: '" + value + "'");
        }
    }

    public static CameoCode of(String value) {
        return new CameoCode(value);
    }

    /** Whether {@code value} has the shape of a CAMEO code. */
    public static boolean isValid(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    /** The two-digit root ("04" for "042"). */
    public String root() {
        return value.substring(0, 2);
    }

    /** Whether this is a threat of military force (138 and the codes below it). */
    public boolean threatensForce() {
        return value.startsWith("138");
    }

    /** The code one level up ("04" for "042", "042" for "0421"), or this code if it is a root. */
    public CameoCode parent() {
        return value.length() == 2 ? this : new CameoCode(value.substring(0, value.length() - 1));
    }

    @Override
    public int compareTo(CameoCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
