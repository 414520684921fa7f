package org.dyad.cameo;

/** The four quad classes of event data. */
public enum QuadClass {
    VERBAL_COOPERATION(1),
    MATERIAL_COOPERATION(2),
    VERBAL_CONFLICT(3),
    MATERIAL_CONFLICT(4);

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /** 1 to 4, as in GDELT's QuadClass column. */
    public int number() {
        return number;
    }

    public static QuadClass ofNumber(int number) {
        for (QuadClass q : values()) {
            if (q.number == number) {
                return q;
            }
        }
        throw new IllegalArgumentException("quad class must be 1 to 4, not " + number);
    }
}
