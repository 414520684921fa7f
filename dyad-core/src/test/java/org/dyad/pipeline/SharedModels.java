package org.dyad.pipeline;

/** One extractor for all integration tests of a JVM: the models take seconds and a gigabyte to load. */
public final class SharedModels {
    private static Extractor extractor;

    private SharedModels() {
    }

    public static synchronized Extractor extractor() {
        if (extractor == null) {
            extractor = Extractor.create();
        }
        return extractor;
    }
}
