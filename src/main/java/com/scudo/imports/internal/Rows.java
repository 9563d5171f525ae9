package com.scudo.imports.internal;

import com.scudo.imports.RowError;
import com.scudo.imports.internal.CsvRows.Row;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Helpers shared by the readers: grouping line-item rows into orders, reporting, derived ids. */
final class Rows {
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_CONTENT = 2000;

    private final CsvRows csv;
    private Row pending;

    Rows(CsvRows csv) {
        this.csv = csv;
    }

    /** The next run of consecutive rows with the same key (rows without a key stand alone). */
    List<Row> nextGroup(Function<Row, String> key) {
        Row first = pending != null ? pending : csv.next();
        pending = null;
        if (first == null) {
            return null;
        }
        List<Row> group = new ArrayList<>();
        group.add(first);
        String k = key.apply(first);
        if (k == null) {
            return group;
        }
        while (true) {
            Row row = csv.next();
            if (row == null) {
                return group;
            }
            if (!Objects.equals(k, key.apply(row))) {
                pending = row;
                return group;
            }
            group.add(row);
        }
    }

    static RowError error(Row row, String reason) {
        String content = row.content();
        return new RowError(row.line(), reason, content.length() > MAX_CONTENT ? content.substring(0, MAX_CONTENT) : content);
    }

    /** Every row of a refused order: the faulty ones with their reasons, the others pointing at them. */
    static Parsed rejectGroup(List<Row> group, String orderName, List<RowError> problems) {
        List<RowError> errors = new ArrayList<>(problems);
        long firstProblem = problems.stream().mapToLong(RowError::line).min().orElse(group.get(0).line());
        for (Row row : group) {
            if (problems.stream().noneMatch(p -> p.line() == row.line())) {
                errors.add(error(row, "order " + orderName + " is rejected because of line " + firstProblem));
            }
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return Parsed.rejected(group.get(0).line(), group.get(group.size() - 1).line(), group.size(), errors);
    }

    /** The same e-mail address always gives the same customer id, so importing again finds the same customer. */
    static String customerIdForEmail(String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "em-" + HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    static List<String> split(String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(Pattern.quote(separator))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
