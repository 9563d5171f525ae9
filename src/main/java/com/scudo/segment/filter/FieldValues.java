package com.scudo.segment.filter;

import java.util.Map;

/**
 * Read access to one customer's field values for the in-memory predicate. {@link #get} returns a
 * {@link Number} (NUMBER/INTEGER fields), {@link String} (TEXT), {@link java.time.LocalDate} (DATE) or a
 * {@code Set<String>} / stored {@code |a|b|} string (SET), and null when the value is missing.
 */
@FunctionalInterface
public interface FieldValues {

    Object get(FilterField field);

    /** Values keyed by field name (e.g. {@code "churn"}) or column name (e.g. {@code "segments"}). */
    static FieldValues of(Map<String, ?> values) {
        return field -> values.containsKey(field.fieldName()) ? values.get(field.fieldName()) : values.get(field.column());
    }
}
