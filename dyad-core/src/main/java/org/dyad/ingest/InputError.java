package org.dyad.ingest;

/** An input, or one line of it, that could not be read; {@code where} is {@code file} or {@code file:line}. */
public record InputError(String where, String reason) {
    @Override
    public String toString() {
        return where + ": " + reason;
    }
}
