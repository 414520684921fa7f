package org.dyad.server;

/**
 * A request the API answers with an HTTP error status and a message meant for the client (never a stack trace).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public ApiException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** A 400 naming the parameter at fault. */
    public static ApiException badParameter(String name, String problem) {
        return new ApiException(400, "parameter '" + name + "': " + problem);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
