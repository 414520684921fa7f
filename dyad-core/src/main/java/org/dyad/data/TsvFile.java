package org.dyad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tab-separated knowledge file: comment lines start with {@code #}, blank lines are skipped,
 * every other line must have the declared number of columns. Reading is strict UTF-8.
 */
public final class TsvFile {

    /** One data line, with its origin for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String get(int column) {
            return cells.get(column);
        }

        /** An exception naming this row's file and line. */
        public DataFileException error(String reason) {
            return DataFileException.at(file, line, reason);
        }
    }

    private TsvFile() {
    }

    /** Reads a classpath resource (absolute path without leading slash). */
    public static List<Row> readResource(String resource, int columns) {
        InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(resource + ": resource not found on the classpath");
        }
        return read(resource, in, columns, columns);
    }

    /** Reads a classpath resource whose rows have between {@code min} and {@code max} columns. */
    public static List<Row> readResource(String resource, int min, int max) {
        InputStream in = TsvFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new DataFileException(resource + ": resource not found on the classpath");
        }
        return read(resource, in, min, max);
    }

    /** Reads a file on disk. */
    public static List<Row> readFile(Path path, int columns) {
        try {
            return read(path.toString(), Files.newInputStream(path), columns, columns);
        } catch (IOException e) {
            throw new DataFileException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a stream, closing it; {@code name} is used in error messages. */
    public static List<Row> read(String name, InputStream in, int min, int max) {
        Objects.requireNonNull(in, "in");
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> cells = List.of(line.split("\t", -1));
                if (cells.size() < min || cells.size() > max) {
                    String expected = min == max ? String.valueOf(min) : min + " to " + max;
                    throw DataFileException.at(name, lineNo,
                            "expected " + expected + " tab-separated columns, found " + cells.size());
                }
                for (int i = 0; i < cells.size(); i++) {
                    String cell = cells.get(i);
                    if (cell.isBlank()) {
                        throw DataFileException.at(name, lineNo, "column " + (i + 1) + " is empty");
                    }
                    if (!cell.equals(cell.strip())) {
                        throw DataFileException.at(name, lineNo,
                                "column " + (i + 1) + " has leading or trailing spaces");
                    }
                }
                rows.add(new Row(name, lineNo, cells));
            }
        } catch (CharacterCodingException e) {
            throw DataFileException.at(name, lineNo + 1, "not valid UTF-8");
        } catch (IOException e) {
            throw new DataFileException(name + ": cannot read: " + e.getMessage(), e);
        }
        return List.copyOf(rows);
    }
}
