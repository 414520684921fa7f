package org.dyad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;

/**
 * The query parameters of one request, read strictly: an unknown or repeated parameter, or a value that
 * does not parse, is a 400 that names it. Not thread-safe; one per request.
 */
final class Params {
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The parameters of a request, which may only be among {@code allowed}. */
    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> values = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), allowed.isEmpty() ? "this request takes no parameters"
                        : "unknown parameter (known: " + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter(e.getKey(), "given more than once");
            }
        }
        return new Params(values);
    }

    /** The value, or null when absent or blank. */
    String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        return v.get(0).strip();
    }

    LocalDate date(String name) {
        return date(name, string(name));
    }

    static LocalDate date(String name, String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "not a date of the form YYYY-MM-DD: '" + s + "'");
        }
    }

    int integer(String name, int fallback, int min, int max) {
        String s = string(name);
        if (s == null) {
            return fallback;
        }
        int v;
        try {
            v = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number: '" + s + "'");
        }
        if (v < min || v > max) {
            throw ApiException.badParameter(name, "must be " + min + " to " + max + ", not " + v);
        }
        return v;
    }

    boolean bool(String name) {
        String s = string(name);
        if (s == null || s.equals("false")) {
            return false;
        }
        if (s.equals("true")) {
            return true;
        }
        throw ApiException.badParameter(name, "must be true or false, not '" + s + "'");
    }

    /**
     * Runs a parse whose {@link IllegalArgumentException} is about this parameter, turning it into a 400
     * that names it.
     */
    <T> T parse(String name, java.util.function.Function<String, T> parser) {
        String s = string(name);
        if (s == null) {
            return null;
        }
        try {
            return parser.apply(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(name, e.getMessage());
        }
    }
}
