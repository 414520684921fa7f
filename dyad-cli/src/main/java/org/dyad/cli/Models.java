package org.dyad.cli;

import org.dyad.pipeline.Extractor;

/** Loads the extractor once per process, with a message on standard error while it does. */
final class Models {
    private static Extractor extractor;

    private Models() {
    }

    static synchronized Extractor extractor(java.io.PrintWriter err, boolean quiet) {
        if (extractor == null) {
            if (!quiet) {
                err.println("dyad: loading the Spanish models…");
                err.flush();
            }
            extractor = Extractor.create();
        }
        return extractor;
    }
}
