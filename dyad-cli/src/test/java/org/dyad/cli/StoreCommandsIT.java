package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dyad.store.EventStore;
import org.dyad.store.StoreStats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, query, timeline and export end to end, with the real models. */
class StoreCommandsIT {

    private static final Path SAMPLE = Path.of("..", "samples", "kim-putin.es.txt");

    @TempDir
    Path dir;

    @Test
    void theSampleIsStoredOnceQueriedChartedAndExported() throws IOException {
        String db = dir.resolve("s.duckdb").toString();
        CommandRunner.Result first = CommandRunner.run("ingest", "-q", "--db", db, "--date", "2024-06-13",
                SAMPLE.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("1 stored");
        CommandRunner.Result again = CommandRunner.run("ingest", "-q", "--db", db, "--date", "2024-06-13",
                SAMPLE.toString());
        assertThat(again.err()).contains("0 stored, 1 already in the store");

        CommandRunner.Result praise = CommandRunner.run("query", "--db", db, "--dyad", "PRK:RUS", "--directed",
                "--code", "051");
        assertThat(praise.exit()).as(praise.err()).isZero();
        assertThat(praise.out()).contains("PRKGOV→RUS").contains("051").contains("asserted");

        CommandRunner.Result summit = CommandRunner.run("query", "--db", db, "--place", "Vladivostok",
                "--format", "jsonl");
        assertThat(summit.out()).contains("\"date\":\"2019-04\"").contains("\"root\":\"04\"");

        CommandRunner.Result timeline = CommandRunner.run("timeline", "PRK", "RUS", "--db", db, "--by", "year",
                "--format", "csv");
        assertThat(timeline.exit()).as(timeline.err()).isZero();
        assertThat(timeline.out().split("\n")).anyMatch(l -> l.startsWith("2019,2019-01-01,1,"));

        CommandRunner.Result gdelt = CommandRunner.run("export", "--db", db, "--format", "gdelt");
        assertThat(gdelt.exit()).as(gdelt.err()).isZero();
        assertThat(gdelt.out().split("\n")).filteredOn(l -> !l.isEmpty()).hasSizeGreaterThan(5)
                .allMatch(l -> l.split("\t", -1).length == 61);

        Path parquet = dir.resolve("out").resolve("e.parquet");
        CommandRunner.Result pq = CommandRunner.run("export", "--db", db, "--format", "parquet", "-o",
                parquet.toString());
        assertThat(pq.exit()).as(pq.err()).isZero();
        assertThat(Files.size(parquet)).isPositive();
    }

    @Test
    void badArticlesAreReportedAndTheRestIsStored() throws IOException {
        Path jsonl = dir.resolve("batch.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"text\":\"Rusia condenó a Ucrania por el ataque.\",\"date\":\"2024-06-13\"}\n"
                + "{broken\n"
                + "{\"id\":\"b\",\"text\":\"Perú criticó duramente a Chile por la frontera.\",\"date\":\"2024-06-14\"}\n",
                StandardCharsets.UTF_8);
        String db = dir.resolve("b.duckdb").toString();
        CommandRunner.Result r = CommandRunner.run("ingest", "-q", "--db", db, jsonl.toString());
        assertThat(r.exit()).isEqualTo(DyadCommand.PARTIAL_FAILURE);
        assertThat(r.err()).contains("batch.jsonl:2").contains("2 stored").contains("1 failed");
        try (EventStore s = EventStore.open(db)) {
            assertThat(s.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void usageErrorsNameTheOption() {
        String db = dir.resolve("none.duckdb").toString();
        CommandRunner.Result missing = CommandRunner.run("query", "--db", db);
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no store at");
        assertThat(Files.exists(Path.of(db))).isFalse();
        assertThat(CommandRunner.run("query", "--db", db, "--quad", "9").err()).contains("--quad");
        assertThat(CommandRunner.run("query", "--db", db, "--dyad", "PRK").err()).contains("--dyad");
        assertThat(CommandRunner.run("timeline", "PRK", "RUS", "--by", "fortnight").err()).contains("--by");
        assertThat(CommandRunner.run("export", "--format", "parquet").err()).contains("--output");
    }

    /**
     * An ingest killed with SIGKILL midway, then run again, ends with the totals of a clean run: each
     * article is one transaction, and stored articles are skipped. Uses the first articles of the shared
     * AFP corpus; skips without it.
     */
    @Test
    void anIngestKilledMidwayAndRunAgainEqualsACleanRun() throws Exception {
        Path corpus = Path.of(System.getProperty("dyad.shared", "../../shared"), "corpus", "es-afp.jsonl");
        assumeTrue(Files.isReadable(corpus), "no " + corpus + ": the kill-and-rerun test needs the shared corpus");
        Path input = dir.resolve("afp.jsonl");
        try (var lines = Files.lines(corpus, StandardCharsets.UTF_8)) {
            Files.write(input, lines.limit(40).toList(), StandardCharsets.UTF_8);
        }
        String clean = dir.resolve("clean.duckdb").toString();
        String killed = dir.resolve("killed.duckdb").toString();
        assertThat(ingest(clean, input, -1)).isZero();
        ingest(killed, input, 4);
        StoreStats partial;
        try (EventStore s = EventStore.open(killed)) {
            partial = s.stats();
        }
        long total;
        try (EventStore a = EventStore.open(clean)) {
            total = a.stats().articles();
        }
        // The kill must land midway: on a machine fast enough to finish first there is nothing to test.
        assumeTrue(partial.articles() < total, "the ingest finished before the kill");
        assertThat(ingest(killed, input, -1)).isZero();
        try (EventStore a = EventStore.open(clean); EventStore b = EventStore.open(killed)) {
            assertThat(b.stats()).isEqualTo(a.stats());
        }
    }

    /** Runs {@code dyad ingest} in a JVM of its own; kills it with SIGKILL after that many seconds if positive. */
    private static int ingest(String db, Path input, int killAfterSeconds) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                DyadCommand.class.getName(), "ingest", "--db", db, input.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        StringBuilder log = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    synchronized (log) {
                        log.append(line).append('\n');
                    }
                }
            } catch (IOException ignored) {
                // The process was killed: its output ends here.
            }
        });
        reader.start();
        if (killAfterSeconds > 0) {
            // Wait for the models to load, then give it a few articles' time before the kill.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && p.isAlive()) {
                synchronized (log) {
                    if (log.indexOf("loading the Spanish models") >= 0) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(killAfterSeconds) + 4000);
            p.destroyForcibly();
            p.waitFor();
            reader.join();
            return -1;
        }
        int exit = p.waitFor();
        reader.join();
        assertThat(exit).as(log.toString()).isZero();
        return exit;
    }
}
