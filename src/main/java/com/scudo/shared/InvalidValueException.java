package com.scudo.shared;

/** A value that can never be valid, whatever the state of the stores: always the caller's mistake. */
public class InvalidValueException extends IllegalArgumentException {
    private final String field;

    public InvalidValueException(String field, Object value, String expected) {
        super("Invalid " + field + " '" + abbreviate(value) + "': expected " + expected);
        this.field = field;
    }

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    private static String abbreviate(Object value) {
        String text = String.valueOf(value);
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
