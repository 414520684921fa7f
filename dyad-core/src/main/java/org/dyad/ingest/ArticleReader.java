package org.dyad.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads articles from files, directories and standard input: {@code .txt} (plain text), {@code .html}/{@code .htm}
 * (main text), {@code .jsonl} (one article a line). A bad input, or a bad line of a JSONL file, becomes an
 * {@link InputError} and reading goes on with the rest. Stateless and thread-safe.
 */
public final class ArticleReader {
    /** Default limit on the text of one article, in chars. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    /** The name that means standard input. */
    public static final String STDIN = "-";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int maxChars;

    public ArticleReader() {
        this(DEFAULT_MAX_CHARS);
    }

    public ArticleReader(int maxChars) {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        this.maxChars = maxChars;
    }

    /** Reads every input in order; directories are walked recursively in name order. */
    public void read(List<String> inputs, InputStream stdin, ArticleSink sink) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStdin(stdin, sink);
            } else {
                readPath(Path.of(input), true, sink);
            }
        }
    }

    private void readStdin(InputStream stdin, ArticleSink sink) {
        byte[] bytes;
        try {
            bytes = stdin.readAllBytes();
        } catch (IOException e) {
            sink.error(new InputError("<stdin>", "cannot read: " + e.getMessage()));
            return;
        }
        String text = decode("<stdin>", bytes, sink);
        if (text == null) {
            return;
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            readJsonLines("<stdin>", text, sink);
        } else if (trimmed.startsWith("<")) {
            addHtml("<stdin>", "stdin", text, sink);
        } else {
            addText("<stdin>", "stdin", text, sink);
        }
    }

    private void readPath(Path path, boolean named, ArticleSink sink) {
        String where = path.toString();
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                files.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .filter(p -> kind(p) != Kind.UNKNOWN)
                        .sorted()
                        .forEach(p -> readPath(p, false, sink));
            } catch (IOException | java.io.UncheckedIOException e) {
                sink.error(new InputError(where, "cannot walk directory: " + e.getMessage()));
            }
            return;
        }
        if (!Files.exists(path)) {
            sink.error(new InputError(where, "no such file"));
            return;
        }
        Kind kind = kind(path);
        if (kind == Kind.UNKNOWN) {
            sink.error(new InputError(where, "unknown extension (expected .txt, .html, .htm or .jsonl)"));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            sink.error(new InputError(where, "no such file"));
            return;
        } catch (IOException e) {
            sink.error(new InputError(where, "cannot read: " + e.getMessage()));
            return;
        }
        String text = decode(where, bytes, sink);
        if (text == null) {
            return;
        }
        String id = path.getFileName().toString();
        switch (kind) {
            case TEXT -> addText(where, id, text, sink);
            case HTML -> addHtml(where, id, text, sink);
            case JSONL -> readJsonLines(where, text, sink);
            default -> throw new IllegalStateException(kind.name());
        }
    }

    private enum Kind { TEXT, HTML, JSONL, UNKNOWN }

    private static Kind kind(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSONL;
        }
        return Kind.UNKNOWN;
    }

    /** Strict UTF-8 decoding; reports empty, binary and malformed inputs and returns null for them. */
    private static String decode(String where, byte[] bytes, ArticleSink sink) {
        if (bytes.length == 0) {
            sink.error(new InputError(where, "empty input"));
            return null;
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                sink.error(new InputError(where, "binary data, not text (NUL byte at offset " + i + ")"));
                return null;
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                sink.error(new InputError(where, "empty input (only white space)"));
                return null;
            }
            return text;
        } catch (MalformedInputException e) {
            int offset = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            sink.error(new InputError(where + ":" + line, "invalid UTF-8 (byte offset " + offset + ")"));
            return null;
        } catch (CharacterCodingException e) {
            sink.error(new InputError(where, "invalid UTF-8: " + e.getMessage()));
            return null;
        }
    }

    private static int firstBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private void addText(String where, String id, String text, ArticleSink sink) {
        String body = text.replace("\r\n", "\n").strip();
        if (body.length() > maxChars) {
            sink.error(tooLong(where, body.length()));
            return;
        }
        sink.article(new Article(id, "", body, null, null, null, null, where));
    }

    private void addHtml(String where, String id, String html, ArticleSink sink) {
        HtmlText.Page page = HtmlText.parse(html, "");
        if (page.text().isBlank()) {
            sink.error(new InputError(where, "no text found in the HTML"));
            return;
        }
        if (page.text().length() > maxChars) {
            sink.error(tooLong(where, page.text().length()));
            return;
        }
        sink.article(new Article(id, page.title(), page.text(), page.date(), null, null, null, where));
    }

    private InputError tooLong(String where, int length) {
        return new InputError(where, "article of " + length + " chars is over the limit of " + maxChars);
    }

    private void readJsonLines(String where, String content, ArticleSink sink) {
        try (BufferedReader lines = new BufferedReader(new StringReader(content))) {
            String line;
            int lineNo = 0;
            while ((line = lines.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String at = where + ":" + lineNo;
                try {
                    Article a = parseJson(line, at);
                    if (a.text().length() > maxChars) {
                        sink.error(tooLong(at, a.text().length()));
                    } else {
                        sink.article(a);
                    }
                } catch (BadRecord e) {
                    sink.error(new InputError(at, e.getMessage()));
                }
            }
        } catch (IOException e) {
            sink.error(new InputError(where, "cannot read: " + e.getMessage()));
        }
    }

    /** A JSONL line that is not a valid article. */
    private static final class BadRecord extends Exception {
        private static final long serialVersionUID = 1L;

        BadRecord(String message) {
            super(message);
        }
    }

    private static Article parseJson(String line, String at) throws BadRecord {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadRecord("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new BadRecord("expected a JSON object");
        }
        String text = string(node, "text");
        if (text == null || text.isBlank()) {
            throw new BadRecord("missing or empty field 'text'");
        }
        String id = string(node, "id");
        if (id == null || id.isBlank()) {
            throw new BadRecord("missing field 'id'");
        }
        String title = string(node, "title");
        if (title == null) {
            title = string(node, "headline");
        }
        LocalDate date = null;
        String d = string(node, "date");
        if (d != null && !d.isBlank()) {
            try {
                date = d.matches("\\d{8}") ? LocalDate.parse(d, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
                        : LocalDate.parse(d.length() > 10 ? d.substring(0, 10) : d);
            } catch (DateTimeParseException e) {
                throw new BadRecord("field 'date' is not an ISO date (YYYY-MM-DD or YYYYMMDD): '" + d + "'");
            }
        }
        return new Article(id, title, text.replace("\r\n", "\n"), date, string(node, "lang"),
                string(node, "source"), string(node, "url"), at);
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
