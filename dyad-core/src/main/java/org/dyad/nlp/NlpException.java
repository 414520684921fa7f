package org.dyad.nlp;

/** The language-processing layer failed (a model could not be loaded, a text could not be parsed). */
public final class NlpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NlpException(String message, Throwable cause) {
        super(message, cause);
    }

    public NlpException(String message) {
        super(message);
    }
}
