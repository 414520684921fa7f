package org.dyad.cli;

import org.dyad.pipeline.Extractor;

/** Loads the extractor once per process, with a message on standard error while it does. */
final class Models {
    private static Extractor extractor;

    private Models() {
    }

    /** The shared extractor, or null after reporting on {@code err} why it could not load. */
    static Extractor loadOrReport(java.io.PrintWriter err, boolean quiet) {
        try {
            return extractor(err, quiet);
        } catch (org.dyad.data.DataFileException | org.dyad.nlp.NlpException e) {
            err.println("dyad: cannot start: " + e.getMessage());
            return null;
        }
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
