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
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Streams the rows of a CSV file with a header, one at a time (memory stays flat whatever the
 * size), each with the line it starts on. Blank rows are skipped. The separator is the one the header uses: a comma,
 * or a semicolon or a tab as spreadsheets write them where the comma is the decimal separator (such a file's amounts
 * are read with a decimal comma). Header names match ignoring case, spaces, '_' and '-' ("Order ID" is order_id).
 */
final class CsvRows implements Closeable {
    /** Column names as looked up, by the key they match on (the readers ask for a handful of literal names). */
    private static final Map<String, String> KEYS = new ConcurrentHashMap<>();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final char separator;
    private final java.time.format.DateTimeFormatter dateFormat;
    private final String datePattern;

    /** One row: the line it starts on and its values by column. */
    record Row(long line, CSVRecord record, Map<String, Integer> columns) {
        String get(String column) {
            Integer index = columns.get(KEYS.computeIfAbsent(column, CsvRows::key));
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
        this(file, requiredColumns, requiredColumns, com.scudo.imports.ImportOptions.NONE);
    }

    /**
     * {@code knownColumns} are every column the format reads; {@code options} may name the file's own header for any
     * of them (a name the format does not read, or a header the file lacks, is refused before any row is read).
     */
    CsvRows(Path file, List<String> requiredColumns, List<String> knownColumns, com.scudo.imports.ImportOptions options)
            throws IOException {
        InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(skipBom(in), StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1 << 20);
        this.separator = separatorOf(reader.readLine());
        reader.reset();
        this.parser = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).setDuplicateHeaderMode(
                        org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).setTrim(false).get().parse(reader);
        List<String> names = parser.getHeaderNames();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(key(names.get(i)), i);
        }
        this.datePattern = options.dateFormat();
        this.dateFormat = datePattern == null ? null : com.scudo.imports.ImportOptions.formatter(datePattern);
        try {
            map(options.columns(), knownColumns, names);
        } catch (InvalidInputException e) {
            parser.close();
            throw e;
        }
        List<String> missing = requiredColumns.stream().filter(c -> !columns.containsKey(key(c))).toList();
        if (!missing.isEmpty()) {
            parser.close();
            throw new InvalidInputException("file", "the header lacks the column(s) " + String.join(", ", missing)
                    + "; found " + String.join(", ", names));
        }
        this.records = parser.iterator();
    }

    /**
     * The format's column names as the file spells them: {@code order_id=InvoiceNo} reads order_id from InvoiceNo.
     * Called while {@link #columns} holds the header alone, so a file's header is looked up there.
     */
    private void map(Map<String, String> mapping, List<String> knownColumns, List<String> names) {
        Map<String, Integer> mapped = new HashMap<>();
        for (Map.Entry<String, String> m : new java.util.TreeMap<>(mapping).entrySet()) {
            if (knownColumns.stream().noneMatch(k -> key(k).equals(key(m.getKey())))) {
                throw new InvalidInputException("columns", "'" + m.getKey() + "' is not a column of this format; its "
                        + "columns are " + String.join(", ", knownColumns));
            }
            Integer index = columns.get(key(m.getValue()));
            if (index == null) {
                throw new InvalidInputException("columns", "the file has no column '" + m.getValue() + "' (given for "
                        + m.getKey() + "); found " + String.join(", ", names));
            }
            mapped.put(key(m.getKey()), index);
        }
        columns.putAll(mapped);
    }

    /** A date or time of this file: by the request's pattern when it gave one, else in the forms {@link Values} reads. */
    java.time.Instant time(String field, String text, java.time.ZoneId zone) {
        if (dateFormat == null) {
            return Values.time(field, text, zone);
        }
        String t = text.strip();
        try {
            var parsed = dateFormat.parseBest(t, java.time.ZonedDateTime::from, java.time.LocalDateTime::from,
                    java.time.LocalDate::from);
            if (parsed instanceof java.time.ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            if (parsed instanceof java.time.LocalDateTime local) {
                return local.atZone(zone).toInstant();
            }
            return ((java.time.LocalDate) parsed).atStartOfDay(zone).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new RowProblem(field + " '" + text + "' does not match the date pattern '" + datePattern + "'");
        }
    }

    /** True when amounts are written with a decimal comma: the file separates its cells with ';' or a tab. */
    boolean decimalComma() {
        return separator != ',';
    }

    /** The separator the header line uses most outside quotes: ',', ';' or a tab (a comma when none is there). */
    static char separatorOf(String header) {
        if (header == null) {
            return ',';
        }
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** What a column name matches on: lower case without spaces, '_' or '-'. */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
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
