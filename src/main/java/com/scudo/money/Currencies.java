package com.scudo.money;

import com.scudo.shared.InvalidInputException;

import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/** ISO 4217 currency codes: upper case, known to the JDK's currency table, never a test or "no currency" code. */
public final class Currencies {
    /** XXX is "no currency", XTS is reserved for testing: neither is money a shop takes. */
    private static final Set<String> NOT_MONEY = Set.of("XXX", "XTS");

    private Currencies() {
    }

    /** The code in upper case; a 400 naming {@code field} when it is not an ISO 4217 currency. */
    public static String normalise(String field, String code) {
        String upper = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!isKnown(upper)) {
            throw new InvalidInputException(field, problem(code));
        }
        return upper;
    }

    public static boolean isKnown(String upperCaseCode) {
        if (upperCaseCode == null || upperCaseCode.length() != 3 || NOT_MONEY.contains(upperCaseCode)) {
            return false;
        }
        try {
            Currency.getInstance(upperCaseCode);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    public static String problem(String code) {
        return "currency '" + code + "' is not an ISO 4217 code such as USD, EUR or JPY";
    }
}
