package org.dyad.actor;

import java.util.Set;

/** CAMEO actor sector codes (the three letters after the country: GOV, MIL, COP, …). */
public final class Sector {
    /** Every sector code Dyad accepts in its dictionaries. */
    public static final Set<String> CODES = Set.of("AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV",
            "GOV", "HLH", "HRI", "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "NGO", "OPP", "PTY",
            "REB", "REF", "SET", "SPY", "UAF", "RAD", "SEP", "MOD", "CHR", "MUS", "JEW", "REL", "ATH", "ACT", "RES");

    private Sector() {
    }

    public static boolean isValid(String code) {
        return CODES.contains(code);
    }
}
