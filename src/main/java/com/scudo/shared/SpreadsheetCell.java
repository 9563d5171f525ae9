package com.scudo.shared;

/**
 * One cell of a CSV file meant for spreadsheets. A value starting with {@code = + - @}, a tab or a carriage return
 * would be run as a formula by Excel or LibreOffice (CSV injection), so it gets a leading apostrophe, which the
 * spreadsheet shows as plain text. Used by every CSV the product writes for people.
 */
public final class SpreadsheetCell {
    private SpreadsheetCell() {
    }

    /** The value with a formula start neutralised; null stays null. */
    public static String text(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** {@link #text} quoted for CSV when it holds a comma, quote or line break; null is the empty cell. */
    public static String csv(String value) {
        String safe = text(value);
        if (safe == null) {
            return "";
        }
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
