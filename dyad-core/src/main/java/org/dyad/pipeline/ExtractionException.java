package org.dyad.pipeline;

/** An article could not be processed (unsupported language, failed parse); the message says why. */
public final class ExtractionException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String message) {
        super(message);
    }

    public ExtractionException(String message, Throwable cause) {
        super(message, cause);
    }
}
