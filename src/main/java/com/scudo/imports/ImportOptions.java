package com.scudo.imports;

import com.scudo.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How to read a file whose columns are not named as the format names them: {@code columns} maps a format's column
 * to the file's header ({@code order_id=InvoiceNo}), and {@code dateFormat} is a pattern for its dates and times
 * ({@code M/d/yyyy H:mm}, read in the request's time zone) where the forms the importer knows would be ambiguous.
 */
public record ImportOptions(Map<String, String> columns, String dateFormat) {
    public static final ImportOptions NONE = new ImportOptions(Map.of(), null);
    private static final int MAX_COLUMNS = 40;

    public ImportOptions {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        dateFormat = dateFormat == null || dateFormat.isBlank() ? null : dateFormat.strip();
        if (columns.size() > MAX_COLUMNS) {
            throw new InvalidInputException("columns", "at most " + MAX_COLUMNS + " columns can be mapped");
        }
        columns.forEach((ours, theirs) -> {
            if (ours == null || ours.isBlank() || theirs == null || theirs.isBlank() || ours.length() > 100 || theirs.length() > 200) {
                throw new InvalidInputException("columns", "a column mapping is written as order_id=InvoiceNo, "
                        + "with both names given");
            }
        });
        if (dateFormat != null) {
            formatter(dateFormat);
        }
    }

    /** "order_id=InvoiceNo,customer_id=CustomerID" (the form the API takes), or empty for none. */
    public static ImportOptions parse(String columns, String dateFormat) {
        Map<String, String> map = new LinkedHashMap<>();
        if (columns != null && !columns.isBlank()) {
            for (String pair : columns.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new InvalidInputException("columns", "'" + pair.strip() + "' is not a column mapping such as "
                            + "order_id=InvoiceNo");
                }
                map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return new ImportOptions(map, dateFormat);
    }

    /** The API's form of {@link #columns}: "order_id=InvoiceNo,customer_id=CustomerID". */
    public String columnsText() {
        return String.join(",", columns.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    public boolean isEmpty() {
        return columns.isEmpty() && dateFormat == null;
    }

    /** The date pattern, checked; a pattern Java cannot read is a 400 naming it. */
    public static DateTimeFormatter formatter(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("dateFormat", "'" + pattern + "' is not a date pattern such as dd/MM/yyyy "
                    + "or M/d/yyyy H:mm");
        }
    }

    /** A file read with other options is another import: the journal's fingerprint covers both. */
    public String fingerprint(String fileFingerprint) {
        if (isEmpty()) {
            return fileFingerprint;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((fileFingerprint + "\n" + columnsText() + "\n" + (dateFormat == null ? "" : dateFormat))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
