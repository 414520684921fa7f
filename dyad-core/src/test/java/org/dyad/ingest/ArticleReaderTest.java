package org.dyad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleReaderTest {
    private static String file(String name) {
        try {
            return Path.of(ArticleReaderTest.class.getResource("/ingest/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Collect implements ArticleSink {
        final List<Article> articles = new ArrayList<>();
        final List<InputError> errors = new ArrayList<>();

        @Override
        public void article(Article article) {
            articles.add(article);
        }

        @Override
        public void error(InputError error) {
            errors.add(error);
        }
    }

    private static Collect read(String... inputs) {
        Collect c = new Collect();
        new ArticleReader(ArticleReader.DEFAULT_MAX_CHARS).read(List.of(inputs), new ByteArrayInputStream(new byte[0]),
                c);
        return c;
    }

    @Test
    void badInputsEachGetAnErrorAndTheRestIsRead() {
        Collect c = read(file("empty.txt"), file("binary.txt"), file("invalid-utf8.txt"), file("notes.docx"),
                "/no/such/file.txt", file("blank.txt"), file("page.html"));
        assertThat(c.articles).extracting(Article::id).containsExactly("page.html");
        assertThat(c.errors).hasSize(6);
        assertThat(c.errors.get(0).toString()).endsWith("empty.txt: empty input");
        assertThat(c.errors.get(1).reason()).startsWith("binary data");
        assertThat(c.errors.get(2).where()).endsWith("invalid-utf8.txt:1");
        assertThat(c.errors.get(2).reason()).startsWith("invalid UTF-8 (byte offset 24)");
        assertThat(c.errors.get(3).reason()).startsWith("unknown extension");
        assertThat(c.errors.get(4).reason()).isEqualTo("no such file");
        assertThat(c.errors.get(5).reason()).startsWith("empty input");
    }

    @Test
    void jsonLinesReportBadLinesWithTheirNumbers() {
        Collect c = read(file("mixed.jsonl"));
        assertThat(c.articles).extracting(Article::id).containsExactly("ok-1", "ok-2", "ok-3");
        assertThat(c.articles.get(0).date()).isEqualTo(LocalDate.of(2024, 6, 13));
        assertThat(c.articles.get(2).date()).isEqualTo(LocalDate.of(2006, 8, 9));
        assertThat(c.articles.get(0).lang()).isEqualTo("es");
        assertThat(c.articles.get(1).source()).isEqualTo("EFE");
        assertThat(c.articles.get(1).title()).isEqualTo("Cumbre");
        assertThat(c.errors).extracting(e -> e.where().replaceAll(".*mixed.jsonl", ""))
                .containsExactly(":2", ":3", ":5", ":6");
        assertThat(c.errors.get(0).reason()).startsWith("malformed JSON");
        assertThat(c.errors.get(1).reason()).contains("'text'");
        assertThat(c.errors.get(2).reason()).contains("'date'");
        assertThat(c.errors.get(3).reason()).contains("JSON object");
    }

    @Test
    void htmlGivesTheMainTextTitleAndDateWithoutScriptsOrNavigation() {
        Collect c = read(file("page.html"));
        Article a = c.articles.get(0);
        assertThat(a.title()).isEqualTo("Ecuador llama a consultas a su embajador");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 3, 10));
        assertThat(a.text()).startsWith("La Cancillería ecuatoriana anunció")
                .contains("\nEl Gobierno de Argentina no respondió.")
                .doesNotContain("Publicidad", "Portada", "menu", "Lea también", "derechos", "color");
    }

    @Test
    void articlesOverTheLimitAreRefused() {
        Collect c = new Collect();
        new ArticleReader(100).read(List.of(file("long.txt"), file("mixed.jsonl")),
                new ByteArrayInputStream(new byte[0]), c);
        assertThat(c.errors.get(0).reason()).contains("over the limit of 100");
        assertThat(c.articles).extracting(Article::id).containsExactly("ok-1", "ok-2", "ok-3");
    }

    @Test
    void directoriesAreWalkedInNameOrderSkippingUnknownFiles() {
        Collect c = read(file("dir"));
        assertThat(c.articles).extracting(Article::id).containsExactly("a.txt", "b.txt");
        assertThat(c.errors).isEmpty();
    }

    @Test
    void standardInputIsTextJsonLinesOrHtml() {
        Collect text = new Collect();
        new ArticleReader().read(List.of("-"), new ByteArrayInputStream(
                "Perú criticó a Chile.".getBytes(StandardCharsets.UTF_8)), text);
        assertThat(text.articles).extracting(Article::text).containsExactly("Perú criticó a Chile.");
        Collect json = new Collect();
        new ArticleReader().read(List.of("-"), new ByteArrayInputStream(
                "{\"id\":\"x\",\"text\":\"Perú criticó a Chile.\"}\n".getBytes(StandardCharsets.UTF_8)), json);
        assertThat(json.articles).extracting(Article::id).containsExactly("x");
    }

    @Test
    void aJsonLineOfInvalidUtf8IsReportedAndTheNextLinesAreRead(@org.junit.jupiter.api.io.TempDir Path dir)
            throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("{\"id\":\"a\",\"text\":\"Perú criticó a Chile.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("{\"id\":\"b\",\"text\":\"Per".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFA);
        bytes.writeBytes(" criticó a Chile.\"}\n{\"id\":\"c\",\"text\":\"Chile criticó a Perú.\"}".getBytes(
                StandardCharsets.UTF_8));
        Path file = dir.resolve("latin1-line.jsonl");
        java.nio.file.Files.write(file, bytes.toByteArray());
        Collect fromFile = read(file.toString());
        assertThat(fromFile.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(fromFile.errors).extracting(InputError::toString)
                .containsExactly(file + ":2: invalid UTF-8 (byte offset 65)");
        Collect fromStdin = new Collect();
        new ArticleReader().read(List.of("-"), new ByteArrayInputStream(bytes.toByteArray()), fromStdin);
        assertThat(fromStdin.articles).extracting(Article::id).containsExactly("a", "c");
        assertThat(fromStdin.errors).extracting(InputError::toString)
                .containsExactly("<stdin>:2: invalid UTF-8 (byte offset 65)");
    }

    @Test
    void aJsonlFileOfBlankLinesIsEmpty(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("blank.jsonl");
        java.nio.file.Files.writeString(file, "\n  \n", StandardCharsets.UTF_8);
        assertThat(read(file.toString()).errors).extracting(InputError::reason)
                .containsExactly("empty input (only white space)");
    }
}
