package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress line, on a clock the test moves. */
class ProgressTest {
    private long now;

    @Test
    void theLineShowsCountRateTokensAndTimeLeft() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), true, 200, "articles", () -> now);
        now = 10_000_000_000L;
        p.update(50, 20_000);
        assertThat(sw.toString()).isEqualTo("\rdyad: [######                  ] 50/200 articles  25%  5.0 articles/s  "
                + "2,000 tokens/s  ETA 30s");
        now += 100_000_000L;
        p.update(51, 20_400);
        assertThat(sw.toString()).as("not redrawn within 0.2 s").doesNotContain("51/200");
        now += 200_000_000L;
        p.update(200, 80_000);
        assertThat(sw.toString()).contains("200/200 articles 100%").doesNotContain("ETA 0s");
        p.close();
        assertThat(sw.toString()).endsWith("\r");
    }

    @Test
    void withoutATotalThereIsNoPercentageNorTimeLeft() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), true, -1, "articles", () -> now);
        now = 2_000_000_000L;
        p.update(10, 4_000);
        assertThat(p.line(now)).isEqualTo("dyad: 10 articles  5.0 articles/s  2,000 tokens/s");
    }

    @Test
    void disabledItDrawsNothing() {
        StringWriter sw = new StringWriter();
        Progress p = new Progress(new PrintWriter(sw), false, 10, "articles", () -> now);
        p.update(5, 100);
        p.close();
        assertThat(sw.toString()).isEmpty();
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertThat(Progress.duration(42)).isEqualTo("42s");
        assertThat(Progress.duration(185)).isEqualTo("3m 05s");
        assertThat(Progress.duration(7620)).isEqualTo("2h 07m");
    }

    @Test
    void articlesAreCountedAheadWithoutParsing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.jsonl"), "{\"id\":1}\n\n  \n{\"id\":2}\n{\"id\":3}", StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("d/e"));
        Files.writeString(dir.resolve("d/x.txt"), "x", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d/e/y.html"), "<p>y</p>", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("d/notes.docx"), "z", StandardCharsets.UTF_8);
        assertThat(Progress.countArticles(List.of(dir.resolve("a.jsonl").toString(), dir.resolve("d").toString())))
                .isEqualTo(5);
        assertThat(Progress.countArticles(List.of("-"))).isEqualTo(-1);
    }
}
