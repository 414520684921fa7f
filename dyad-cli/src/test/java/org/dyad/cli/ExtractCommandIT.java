package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command end to end, with the real models. */
class ExtractCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void jsonlRecordsCarryEveryField() throws IOException {
        Path sample = write("sample.txt", "Rusia condenó a Ucrania por el ataque del lunes.".getBytes(
                StandardCharsets.UTF_8));
        CommandRunner.Result r = CommandRunner.run("extract", "-q", "--format", "jsonl", "--date", "2024-06-13",
                sample.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String[] lines = r.out().strip().split("\n");
        assertThat(lines).isNotEmpty();
        JsonNode e = JSON.readTree(lines[0]);
        for (String field : new String[] {"doc", "sentence", "source", "target", "code", "root", "quad_class",
            "goldstein", "plover", "trigger", "factuality", "attribution", "date", "date_text", "evidence",
            "offsets"}) {
            assertThat(e.has(field)).as("field %s in %s", field, lines[0]).isTrue();
        }
        assertThat(e.get("doc").asText()).isEqualTo("sample.txt");
        assertThat(e.get("source").get("country").asText()).isEqualTo("RUS");
        assertThat(e.get("target").get("country").asText()).isEqualTo("UKR");
        assertThat(e.get("root").asText()).isEqualTo("11");
        int begin = e.get("offsets").get("begin").asInt();
        int end = e.get("offsets").get("end").asInt();
        assertThat("Rusia condenó a Ucrania por el ataque del lunes.".substring(begin, end))
                .isEqualTo(e.get("evidence").asText());
    }

    @Test
    void badInputsAreReportedOneLineEachAndTheRestIsProcessed() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path binary = write("binary.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1});
        Path invalid = write("latin1.txt", "Perú criticó a Chile.".getBytes(StandardCharsets.ISO_8859_1));
        Path unknown = write("notes.docx", "x".getBytes(StandardCharsets.UTF_8));
        Path jsonl = write("batch.jsonl", ("{\"id\":\"a\",\"text\":\"Rusia condenó a Ucrania.\",\"date\":\"2024-06-13\"}\n"
                + "{broken\n"
                + "{\"id\":\"en\",\"text\":\"The government of France strongly condemned the attack on Tuesday.\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        CommandRunner.Result r = CommandRunner.run("extract", "-q", "--format", "tsv", empty.toString(),
                binary.toString(), invalid.toString(), unknown.toString(), dir.resolve("missing.txt").toString(),
                jsonl.toString());
        assertThat(r.exit()).isEqualTo(DyadCommand.PARTIAL_FAILURE);
        String err = r.err();
        assertThat(err).contains("empty.txt: empty input", "binary.txt: binary data", "latin1.txt:1: invalid UTF-8",
                "notes.docx: unknown extension", "missing.txt: no such file", "batch.jsonl:2: malformed JSON",
                "batch.jsonl:3: unsupported language 'en'");
        assertThat(err.lines().filter(l -> l.startsWith("dyad: ")).count()).isEqualTo(7);
        assertThat(r.out()).startsWith("doc\tsentence\t").contains("\na\t0\t");
    }

    @Test
    void theOutputIsTheSameWhateverTheNumberOfThreads() throws IOException {
        String sample = Files.readString(Path.of("..", "samples", "kim-putin.es.txt"), StandardCharsets.UTF_8);
        String[] texts = {sample, "Rusia condenó a Ucrania por el ataque del lunes.",
            "El presidente de Francia visitará China la próxima semana, según fuentes oficiales.",
            "Venezuela expulsó al embajador de Colombia.", "The government of France condemned the attack.",
            "Estados Unidos negó haber enviado armas a Israel en marzo de 2023.", "Perú criticó a Chile."};
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < texts.length; i++) {
            jsonl.append(JSON.writeValueAsString(java.util.Map.of("id", "a" + i, "date", "2024-06-13", "text",
                    texts[i]))).append('\n');
        }
        Path input = write("batch.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8));
        CommandRunner.Result one = CommandRunner.run("extract", "-q", "--threads", "1", "--format", "jsonl",
                input.toString());
        CommandRunner.Result two = CommandRunner.run("extract", "-q", "--threads", "2", "--format", "jsonl",
                input.toString());
        CommandRunner.Result three = CommandRunner.run("extract", "-q", "--threads", "3", "--format", "table",
                input.toString());
        assertThat(one.exit()).isEqualTo(DyadCommand.PARTIAL_FAILURE);
        assertThat(one.err()).isEqualTo(two.err()).contains("batch.jsonl:5: unsupported language 'en'");
        assertThat(two.out()).isEqualTo(one.out());
        java.util.List<String> docs = one.out().lines().map(l -> {
            try {
                return JSON.readTree(l).get("doc").asText();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).distinct().toList();
        assertThat(docs).contains("a0", "a1").isSortedAccordingTo(
                java.util.Comparator.comparingInt(d -> Integer.parseInt(d.substring(1))));
        assertThat(three.out().lines().filter(l -> l.startsWith("== ")).map(l -> l.split(" ")[1]).toList())
                .containsExactly("a0", "a1", "a2", "a3", "a5", "a6");
    }

    @Test
    void aThreadCountBelowOneIsAUsageError() {
        CommandRunner.Result r = CommandRunner.run("extract", "--threads", "0", "x.txt");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--threads must be at least 1");
    }
}
