package org.dyad.server;

/**
 * How {@code dyad serve} listens and how much it accepts.
 *
 * @param host           the address to bind (127.0.0.1 unless told otherwise)
 * @param port           the port; 0 picks a free one
 * @param maxBodyBytes   the largest request body accepted; larger ones get 413
 * @param extractThreads how many extractions run at once
 * @param extractQueue   how many more may wait for their turn; past that a request gets 503
 */
public record ServerConfig(String host, int port, int maxBodyBytes, int extractThreads, int extractQueue) {
    /** The default address: this machine only. */
    public static final String LOCALHOST = "127.0.0.1";
    /** The default largest body: 1 MiB, as large as an article Dyad reads from a file. */
    public static final int DEFAULT_MAX_BODY = 1 << 20;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be empty");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body size limit must be positive");
        }
        if (extractThreads < 1) {
            throw new IllegalArgumentException("extract threads must be at least 1");
        }
        if (extractQueue < 0) {
            throw new IllegalArgumentException("the extract queue must not be negative");
        }
    }

    /** Localhost on a port, one extraction per core, 256 waiting. */
    public static ServerConfig defaults(int port) {
        return new ServerConfig(LOCALHOST, port, DEFAULT_MAX_BODY, Runtime.getRuntime().availableProcessors(), 256);
    }

    /** This configuration on another address. */
    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, maxBodyBytes, extractThreads, extractQueue);
    }
}
