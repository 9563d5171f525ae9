package com.scudo.cli;

import com.scudo.shared.Figures;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading JSON answers as text for people: absent and null values alike, money, shares, aligned tables. */
final class Text {
    private Text() {
    }

    /** The field's text, or null when it is missing or null. */
    static String of(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }

    static String or(JsonNode node, String field, String fallback) {
        String value = of(node, field);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** In the workspace's reporting currency and locale, as its pages write money: "$4,800", "1.239 €". */
    static String money(Figures figures, JsonNode node, String field) {
        String value = of(node, field);
        return value == null ? "-" : figures.money(new BigDecimal(value));
    }

    static String percent(JsonNode node, String field) {
        String value = of(node, field);
        return value == null ? "-" : String.format(Locale.US, "%.0f%%", new BigDecimal(value).doubleValue() * 100);
    }

    static String decimal(JsonNode node, String field) {
        String value = of(node, field);
        return value == null ? "-" : String.format(Locale.US, "%.1f", new BigDecimal(value).doubleValue());
    }

    /**
     * A date as the workspace writes it ("Dec 6, 2026", "06.12.2026"); a moment (an order's time) is first read as
     * the day it was in the shop's time zone, not in UTC.
     */
    static String date(Figures figures, JsonNode node, String field) {
        String value = of(node, field);
        if (value == null) {
            return "-";
        }
        try {
            LocalDate day = value.length() > 10
                    ? OffsetDateTime.parse(value).atZoneSameInstant(figures.timeZone()).toLocalDate()
                    : LocalDate.parse(value);
            return figures.date(day);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** A moment as the shop's clock showed it ("04.11.2026, 00:30"), or {@code none} when there is none. */
    static String dateTime(Figures figures, JsonNode node, String field, String none) {
        String value = of(node, field);
        if (value == null) {
            return none;
        }
        try {
            return figures.dateTime(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    /** Columns padded to their widest cell; the last column is left ragged. */
    static String table(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], cell(row.get(i)).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = cell(row.get(i));
                line.append(i == row.size() - 1 ? cell : String.format("%-" + widths[i] + "s  ", cell));
            }
            out.append(line.toString().stripTrailing()).append(System.lineSeparator());
        }
        return out.toString();
    }

    private static String cell(String value) {
        return value == null ? "-" : value;
    }
}
