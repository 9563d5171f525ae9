package com.scudo.assistant.internal;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and sums of money as people type them: "1,000", "1.000", "1 000", "1000.50", "1.000,50", "1,5k", "2.5k",
 * "$1k", "€2.500,00", "1.000 €", "500 dollars". Separators are read the way the number shows them, not by locale:
 * with both "." and "," the last one is the decimal mark; a single separator followed by exactly three digits groups
 * thousands ("1.000" is a thousand, as nobody writes a sum of money to a tenth of a cent), otherwise it is the decimal
 * mark ("1,5" is one and a half).
 */
final class Amounts {

    /** A sum as written: the amount, and the currency the question named (null when it named none). */
    record Amount(BigDecimal value, String currency) {
    }

    /** Converts an amount into the workspace's reporting currency; empty when it has no rate for that currency. */
    interface Rates {
        Optional<BigDecimal> toReporting(BigDecimal amount, String currency);

        /** No rates: only the reporting currency can be compared. */
        Rates NONE = (amount, currency) -> Optional.empty();
    }

    /** A number with its separators: grouped thousands first, so "1.000,50" is read whole. */
    static final String NUMBER = "(?:\\d{1,3}(?:[.,\\u00a0 ]\\d{3})+(?:[.,]\\d{1,2})?(?!\\d)|\\d+(?:[.,]\\d+)?)";
    private static final String SIGN = "(?:us\\$|[$€£¥]|usd|eur|gbp|cad|aud|chf|jpy)";
    private static final String NAME = "(?:usd|eur|gbp|cad|aud|chf|jpy|dollars?|euros?|pounds?|bucks|yen)\\b";
    private static final String MULTIPLIER = "(?:k|thousand|m|million|mn)\\b";
    /** A sum of money: a sign or code before or after, a multiplier after the number. */
    static final String MONEY = "(?:" + SIGN + " ?)?" + NUMBER + "(?: ?" + MULTIPLIER + ")?(?: ?(?:" + SIGN + "(?![a-z])|" + NAME
            + "))?";
    private static final Pattern MONEY_PARTS = Pattern.compile("^(?:(" + SIGN + ") ?)?(" + NUMBER + ")(?: ?(" + MULTIPLIER
            + "))?(?: ?(" + SIGN + "|" + NAME + "))?$");
    private static final Map<String, String> CODES = Map.ofEntries(Map.entry("€", "EUR"), Map.entry("£", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("yen", "JPY"), Map.entry("us$", "USD"), Map.entry("euro", "EUR"),
            Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"));
    /** "$" and "dollars" are the reporting currency's when it is a dollar (CAD, AUD...), US dollars otherwise. */
    private static final java.util.Set<String> DOLLAR = java.util.Set.of("$", "dollar", "dollars", "bucks");

    private Amounts() {
    }

    /** A sum written as {@link #MONEY} matches it, read in a workspace whose reporting currency is {@code reporting}. */
    static Amount money(String written, String reporting) {
        Matcher m = MONEY_PARTS.matcher(written.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a sum of money: " + written);
        }
        BigDecimal value = number(m.group(2));
        if (m.group(3) != null) {
            value = value.multiply(m.group(3).startsWith("k") || m.group(3).startsWith("t")
                    ? BigDecimal.valueOf(1_000) : BigDecimal.valueOf(1_000_000));
        }
        String sign = m.group(1) != null ? m.group(1) : m.group(4);
        return new Amount(value.stripTrailingZeros(), sign == null ? null : currency(sign, reporting));
    }

    private static String currency(String sign, String reporting) {
        if (DOLLAR.contains(sign)) {
            return reporting.endsWith("D") ? reporting : "USD";
        }
        return CODES.getOrDefault(sign, sign.toUpperCase(java.util.Locale.ROOT));
    }

    /** A number with thousands separators or a decimal mark, as {@link #NUMBER} matches it. */
    static BigDecimal number(String written) {
        String s = written.replaceAll("[\\u00a0 ]", "");
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            return new BigDecimal(s.replace(String.valueOf(group), "").replace(decimal, '.'));
        }
        int at = Math.max(dot, comma);
        if (at < 0) {
            return new BigDecimal(s);
        }
        char mark = s.charAt(at);
        boolean several = s.indexOf(mark) != at;
        boolean thousands = several || (s.length() - at - 1 == 3 && !s.startsWith("0" + mark));
        return new BigDecimal(thousands ? s.replace(String.valueOf(mark), "") : s.replace(mark, '.'));
    }
}
