package com.scudo.segment.filter;

/** The value types a filter field can have. */
public enum FieldType {
    /** Free text; equality and matching are case-insensitive unless the field says otherwise. */
    TEXT,
    /** Decimal number. */
    NUMBER,
    /** Whole number (compared like a number). */
    INTEGER,
    /** Calendar date (no time). */
    DATE,
    /** A set of short codes stored as {@code |a|b|c|}; tested with {@code contains} / {@code in}. */
    SET;

    public boolean isNumeric() {
        return this == NUMBER || this == INTEGER;
    }
}
