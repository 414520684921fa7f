package org.dyad.spark;

import org.dyad.pipeline.Extractor;

/**
 * The extractor of this JVM, loaded on first use and then shared by every task the executor runs: the models load
 * once per executor, never per record or per partition. Thread-safe (the JVM initialises the holder class once;
 * {@link Extractor#extract} is thread-safe). If the models cannot load, every task of this executor fails: that is
 * a broken deployment, not a bad record.
 */
final class ExecutorModels {
    private ExecutorModels() {
    }

    static Extractor extractor() {
        return Holder.EXTRACTOR;
    }

    /** Initialised on the first call to {@link #extractor()}, by the class-loading lock. */
    private static final class Holder {
        static final Extractor EXTRACTOR = Extractor.create();
    }
}
