package org.dyad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * {@link InputError} and reading goes on with the rest. JSONL inputs, files or standard input, are streamed a line
 * at a time, so their size is not limited by memory. Stateless and thread-safe.
 */
public final class ArticleReader {
    /** Default limit on the text of one article, in chars. */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    /** The name that means standard input. */
    public static final String STDIN = "-";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUFFER = 1 << 16;
    private static final int BINARY_PROBE = 8192;

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
        InputStream in = new BufferedInputStream(stdin, BUFFER);
        try {
            if (firstNonBlank(in) == '{') {
                readJsonLines("<stdin>", in, sink);
                return;
            }
        } catch (IOException e) {
            sink.error(new InputError("<stdin>", "cannot read: " + e.getMessage()));
            return;
        }
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            sink.error(new InputError("<stdin>", "cannot read: " + e.getMessage()));
            return;
        }
        String text = decode("<stdin>", bytes, sink);
        if (text == null) {
            return;
        }
        if (text.stripLeading().startsWith("<")) {
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
        if (kind == Kind.JSONL) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER)) {
                readJsonLines(where, in, sink);
            } catch (NoSuchFileException e) {
                sink.error(new InputError(where, "no such file"));
            } catch (IOException e) {
                sink.error(new InputError(where, "cannot read: " + e.getMessage()));
            }
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

    /**
     * Reads JSON lines as they come, one line in memory at a time, so an input of any size streams. Each line is
     * decoded on its own: a line of invalid UTF-8 is reported with its number and the next line is read.
     */
    private void readJsonLines(String where, InputStream in, ArticleSink sink) throws IOException {
        in.mark(BINARY_PROBE);
        byte[] probe = in.readNBytes(BINARY_PROBE);
        in.reset();
        for (int i = 0; i < probe.length; i++) {
            if (probe[i] == 0) {
                sink.error(new InputError(where, "binary data, not text (NUL byte at offset " + i + ")"));
                return;
            }
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(8192);
        int lineNo = 0;
        long offset = 0;
        boolean any = false;
        boolean end = false;
        while (!end) {
            line.reset();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            end = b == -1;
            if (end && line.size() == 0) {
                break;
            }
            lineNo++;
            byte[] bytes = line.toByteArray();
            long lineStart = offset;
            offset += bytes.length + (end ? 0 : 1);
            String at = where + ":" + lineNo;
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                sink.error(new InputError(at, "invalid UTF-8 (byte offset " + (lineStart + firstBadByte(bytes))
                        + ")"));
                any = true;
                continue;
            }
            if (lineNo == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            any = true;
            readJsonLine(text, at, sink);
        }
        if (!any) {
            sink.error(new InputError(where, offset == 0 ? "empty input" : "empty input (only white space)"));
        }
    }

    /**
     * Reads one JSON line (a record of a JSONL file, or a row of a table turned to JSON) into an article, or into an
     * error naming {@code at} and the reason.
     */
    public void readJsonLine(String line, String at, ArticleSink sink) {
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

    /** The first byte that is neither white space nor a byte-order mark, without consuming it; -1 at the end. */
    private static int firstNonBlank(InputStream in) throws IOException {
        in.mark(BUFFER);
        try {
            for (int i = 0; i < BUFFER; i++) {
                int b = in.read();
                if (b == -1 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
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
