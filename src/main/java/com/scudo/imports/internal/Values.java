package com.scudo.imports.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Explicit parsing of the text in import files. Nothing is guessed from the machine's locale:
 * numbers use '.' for decimals ("1,234.56" is accepted, "12,50" is refused as ambiguous), dates are
 * ISO-8601 (or Shopify's "2024-03-15 14:30:00 -0500", or CDNOW's 19970101), and a date or time
 * without an offset is read in the import's time zone.
 */
public final class Values {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern GROUPED_NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    /** With a decimal comma (files separated by ';' or tabs): 12,50 and 1.234,56; 12.5 with one or two decimals. */
    private static final Pattern COMMA_NUMBER = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern DOTTED_NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
    private static final Pattern POINT_NUMBER = Pattern.compile("-?\\d+\\.\\d{1,2}");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final DateTimeFormatter SHOPIFY_TIME = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm[:ss]").optionalStart().appendLiteral(' ').appendOffset("+HHMM", "+0000")
            .optionalEnd().toFormatter(Locale.ROOT);
    private static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    private Values() {
    }

    public static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A money amount: optional leading $, € or £, '.' decimals, at most two of them. */
    public static BigDecimal money(String field, String text) {
        return money(field, text, false);
    }

    /**
     * A money amount with an optional $, € or £ before or after it, at most two decimals; with {@code decimalComma}
     * written as spreadsheets write it where the comma is the decimal separator (12,50 and 1.234,56).
     */
    public static BigDecimal money(String field, String text, boolean decimalComma) {
        String t = text.strip();
        if (!t.isEmpty() && "$€£".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        } else if (t.startsWith("-") && t.length() > 1 && "$€£".indexOf(t.charAt(1)) >= 0) {
            t = "-" + t.substring(2).strip();
        } else if (t.length() > 1 && "$€£".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        BigDecimal value = decimalComma ? commaNumber(field, t, text) : number(field, t, text);
        if (value.stripTrailingZeros().scale() > 2) {
            throw new RowProblem(field + " '" + text + "' has more than two decimals");
        }
        return value;
    }

    private static BigDecimal commaNumber(String field, String text, String original) {
        if (COMMA_NUMBER.matcher(text).matches()) {
            return new BigDecimal(text.replace(',', '.'));
        }
        if (DOTTED_NUMBER.matcher(text).matches()) {
            return new BigDecimal(text.replace(".", "").replace(',', '.'));
        }
        if (POINT_NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (GROUPED_NUMBER.matcher(text).matches() && text.contains(".")) {
            // "1,234.56" has both marks, so it cannot be a decimal comma: a tab-separated file from a point locale
            return new BigDecimal(text.replace(",", ""));
        }
        throw new RowProblem(field + " '" + original + "' is not a number written like 1234,56 (this file separates "
                + "its cells with ';' or tabs, so its decimals are read after a comma)");
    }

    public static BigDecimal number(String field, String text, String original) {
        if (PLAIN_NUMBER.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        if (GROUPED_NUMBER.matcher(text).matches()) {
            return new BigDecimal(text.replace(",", ""));
        }
        throw new RowProblem(field + " '" + original + "' is not a number written like 1234.56");
    }

    public static int integer(String field, String text) {
        String t = text.strip();
        if (!INTEGER.matcher(t).matches()) {
            throw new RowProblem(field + " '" + text + "' is not a whole number");
        }
        return Integer.parseInt(t);
    }

    /** A three-letter ISO 4217 code that exists, upper-cased. */
    public static String currency(String field, String text) {
        String code = text.strip().toUpperCase(Locale.ROOT);
        try {
            if (code.length() == 3 && Currency.getInstance(code) != null) {
                return code;
            }
        } catch (IllegalArgumentException unknown) {
            // reported below
        }
        throw new RowProblem(field + " '" + text + "' is not an ISO currency code such as USD or EUR");
    }

    /** ISO instant or offset date-time; Shopify's time; local date-time or date in {@code zone}; yyyyMMdd. */
    public static Instant time(String field, String text, ZoneId zone) {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            var parsed = SHOPIFY_TIME.parseBest(t, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) parsed).atZone(zone).toInstant();
        } catch (DateTimeException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(t, COMPACT_DATE).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RowProblem(field + " '" + text + "' is not a date; use ISO-8601 such as 2024-03-15 or 2024-03-15T14:30:00Z");
        }
    }

    public static boolean yes(String text) {
        if (blank(text)) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new RowProblem("'" + text + "' is not yes/no or true/false");
        };
    }
}
