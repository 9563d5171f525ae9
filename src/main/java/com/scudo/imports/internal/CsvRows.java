package com.scudo.imports.internal;

import com.scudo.shared.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Streams the rows of a CSV file with a header, one at a time (memory stays flat whatever the
 * size), each with the line it starts on. Header names match case-insensitively; blank rows are skipped.
 */
final class CsvRows implements Closeable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** One row: the line it starts on and its values by column. */
    record Row(long line, CSVRecord record, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String content() {
            return String.join(",", record.toList().stream().map(CsvRows::quote).toList());
        }

        boolean sameValues(Row other) {
            return record.toList().equals(other.record.toList());
        }
    }

    CsvRows(Path file, List<String> requiredColumns) throws IOException {
        InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8), 1 << 16);
        this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                        org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).setTrim(false).get().parse(reader);
        List<String> names = parser.getHeaderNames();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip(), i);
        }
        List<String> missing = requiredColumns.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            parser.close();
            throw new InvalidInputException("file", "the header lacks the column(s) " + String.join(", ", missing)
                    + "; found " + String.join(", ", names));
        }
        this.records = parser.iterator();
    }

    /** The next row with any content, or null at the end. */
    Row next() {
        while (true) {
            long lineBefore = parser.getCurrentLineNumber();
            boolean more;
            try {
                more = records.hasNext();
            } catch (UncheckedIOException e) {
                throw new InvalidInputException("file", "the file is not valid CSV after line " + lineBefore
                        + ": " + e.getCause().getMessage());
            }
            if (!more) {
                return null;
            }
            CSVRecord record = records.next();
            if (record.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            return new Row(lineBefore + 1, record, columns);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    static String quote(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static InputStream skipBom(InputStream in) throws IOException {
        java.io.PushbackInputStream pushback = new java.io.PushbackInputStream(in, 3);
        byte[] head = pushback.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            pushback.unread(head);
        }
        return pushback;
    }

    static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
