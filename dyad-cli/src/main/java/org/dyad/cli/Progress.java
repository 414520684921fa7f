package org.dyad.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.dyad.ingest.ArticleReader;

/**
 * A one-line progress bar on standard error: items done out of the total, rate, tokens a second and the time
 * left; redrawn in place at most five times a second. It draws only when enabled (standard error is a terminal:
 * see {@link #stderrIsTerminal}), so logs and pipes stay clean. Not thread-safe: update it from one thread.
 */
public final class Progress implements AutoCloseable {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 24;

    private final PrintWriter err;
    private final boolean enabled;
    private final long total;
    private final String unit;
    private final LongSupplier clock;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int lastWidth;
    private long done;
    private long tokens;

    /**
     * A progress bar.
     *
     * @param err     where to draw
     * @param enabled whether to draw at all
     * @param total   items expected, or -1 when unknown (then no percentage and no time left)
     * @param unit    the items' name, plural ("articles")
     * @param clock   nanosecond clock ({@code System::nanoTime}; tests pass their own)
     */
    public Progress(PrintWriter err, boolean enabled, long total, String unit, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.total = total;
        this.unit = unit;
        this.clock = clock;
        this.start = clock.getAsLong();
    }

    /** A progress bar on the real clock. */
    public Progress(PrintWriter err, boolean enabled, long total, String unit) {
        this(err, enabled, total, unit, System::nanoTime);
    }

    /** Records that {@code done} items and {@code tokens} tokens are done in all, and redraws if it is time. */
    public void update(long doneSoFar, long tokensSoFar) {
        this.done = doneSoFar;
        this.tokens = tokensSoFar;
        if (!enabled) {
            return;
        }
        long now = clock.getAsLong();
        if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS && doneSoFar != total) {
            return;
        }
        lastDraw = now;
        String line = line(now);
        StringBuilder sb = new StringBuilder("\r").append(line);
        for (int i = line.length(); i < lastWidth; i++) {
            sb.append(' ');
        }
        lastWidth = line.length();
        err.print(sb);
        err.flush();
    }

    /** The progress line at the given time: what is drawn. */
    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        StringBuilder sb = new StringBuilder("dyad: ");
        if (total > 0) {
            int filled = (int) Math.min(BAR, BAR * done / total);
            sb.append('[').append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ");
            sb.append(String.format(Locale.ROOT, "%,d/%,d %s %3d%%", done, total, unit, 100 * done / total));
        } else {
            sb.append(String.format(Locale.ROOT, "%,d %s", done, unit));
        }
        sb.append(String.format(Locale.ROOT, "  %.1f %s/s  %,d tokens/s", rate, unit, Math.round(tokens / seconds)));
        if (total > 0 && done > 0 && done < total) {
            sb.append("  ETA ").append(duration(Math.round((total - done) / rate)));
        }
        return sb.toString();
    }

    /** Clears the bar, so what is printed next starts on a clean line. */
    @Override
    public void close() {
        if (enabled && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
            lastWidth = 0;
        }
    }

    /** A duration for people: "42s", "3m 05s", "2h 07m". */
    public static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, seconds % 3600 / 60);
    }

    /**
     * Whether this process's standard error is a terminal. Java tells only whether standard input and output both
     * are ({@link System#console()}), which is false in the common {@code dyad extract … > out.jsonl}; so on Linux
     * the file behind descriptor 2 is looked at.
     */
    public static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd2).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * The number of articles in the inputs, counted cheaply ahead of the run for the time left: the non-blank lines
     * of JSONL files, one per other file (directories walked), or -1 when unknown (standard input, unreadable
     * inputs).
     */
    public static long countArticles(List<String> inputs) {
        long n = 0;
        for (String input : inputs) {
            if (ArticleReader.STDIN.equals(input)) {
                return -1;
            }
            Path p = Path.of(input);
            try {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> files = Files.walk(p)) {
                        n += files.filter(Files::isRegularFile)
                                .filter(f -> !f.getFileName().toString().startsWith("."))
                                .mapToLong(Progress::countFile).sum();
                    }
                } else if (Files.isRegularFile(p)) {
                    n += countFile(p);
                }
            } catch (IOException | UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    private static long countFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm")) {
            return 1;
        }
        if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            return 0;
        }
        long lines = 0;
        boolean blank = true;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int read;
            while ((read = in.read(buf)) != -1) {
                for (int i = 0; i < read; i++) {
                    byte b = buf[i];
                    if (b == '\n') {
                        lines += blank ? 0 : 1;
                        blank = true;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        blank = false;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines + (blank ? 0 : 1);
    }
}
