package com.scudo.docs;

import com.scudo.segment.filter.FilterField;

import java.util.Locale;

/** The field table of docs/filter-language.md, written from {@link FilterField}: what the code accepts is what the page says. */
final class FilterFieldTable {
    static final String START = "<!-- fields:start (generated from FilterField; FilterLanguageDocTests keeps it in sync) -->";
    static final String END = "<!-- fields:end -->";

    private FilterFieldTable() {
    }

    static String markdown() {
        StringBuilder table = new StringBuilder("| field | type | meaning | example |\n|---|---|---|---|\n");
        for (FilterField field : FilterField.all()) {
            String meaning = field.description() + (field.allowedValues().isEmpty() ? ""
                    : " (one of " + String.join(", ", field.allowedValues()) + ")");
            table.append("| `").append(field.fieldName()).append("` | ").append(field.type().name().toLowerCase(Locale.ROOT))
                    .append(" | ").append(escape(meaning)).append(" | `").append(field.example()).append("` |\n");
        }
        return table.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
