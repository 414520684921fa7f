package org.dyad.timing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Wall-clock time spent in each named stage of the pipeline (CoreNLP annotators, Dyad's stages), summed over all
 * threads, for {@code dyad bench}. Stages are reported in the order they were first timed. Thread-safe; the
 * {@link #OFF} instance records nothing and does not read the clock.
 *
 * <p>Use: {@code long t = times.start(); …work…; t = times.lap("actors", t); …work…; times.lap("coding", t);}
 */
public final class StageTimes {
    /** Records nothing. */
    public static final StageTimes OFF = new StageTimes(false);

    private final boolean on;
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();

    private StageTimes(boolean on) {
        this.on = on;
    }

    /** A recorder that records. */
    public static StageTimes recording() {
        return new StageTimes(true);
    }

    public boolean isOn() {
        return on;
    }

    /** The clock now, or 0 when off. */
    public long start() {
        return on ? System.nanoTime() : 0;
    }

    /** Adds the time since {@code since} to the stage and returns the clock now (0 when off). */
    public long lap(String stage, long since) {
        if (!on) {
            return 0;
        }
        long now = System.nanoTime();
        add(stage, now - since);
        return now;
    }

    /** Adds time to a stage. */
    public void add(String stage, long elapsedNanos) {
        if (!on) {
            return;
        }
        LongAdder adder = nanos.get(stage);
        if (adder == null) {
            synchronized (order) {
                adder = nanos.computeIfAbsent(stage, s -> {
                    order.add(s);
                    return new LongAdder();
                });
            }
        }
        adder.add(elapsedNanos);
    }

    /** Time per stage so far, in nanoseconds, in the order stages were first timed. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (order) {
            for (String s : order) {
                out.put(s, nanos.get(s).sum());
            }
        }
        return out;
    }

    /** Forgets everything recorded (between warm-up and measurement). */
    public void reset() {
        nanos.values().forEach(LongAdder::reset);
    }
}
