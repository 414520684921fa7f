package org.dyad.data;

/** A knowledge file could not be read or one of its lines is invalid; the message names the file and line. */
public final class DataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFileException(String message) {
        super(message);
    }

    public DataFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error at {@code file:line}, with the offending reason. */
    public static DataFileException at(String file, int line, String reason) {
        return new DataFileException(file + ":" + line + ": " + reason);
    }
}
