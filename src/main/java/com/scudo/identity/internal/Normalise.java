package com.scudo.identity.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The forms matching compares. E-mail: trimmed and lower case, nothing else: providers' dot and plus rules
 * (Gmail ignores dots, others do not) are not applied, because two addresses that differ there may be two
 * people at another provider. Phone: E.164 by libphonenumber, read in the customer's country when it is a
 * two-letter code, else in the default region. Names: accents, punctuation and case removed.
 */
public final class Normalise {
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Normalise() {
    }

    public static String email(String email) {
        if (email == null) {
            return null;
        }
        String e = email.strip().toLowerCase(Locale.ROOT);
        return e.isEmpty() || e.indexOf('@') <= 0 ? null : e;
    }

    /** The part before the @ of a normalised e-mail, or null. */
    static String emailUser(String normalisedEmail) {
        return normalisedEmail == null ? null : normalisedEmail.substring(0, normalisedEmail.indexOf('@'));
    }

    /** E.164 (+441632960001), or null when the text is no valid number. */
    public static String phone(String phone, String country, String defaultRegion) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String region = country != null && country.strip().length() == 2
                ? country.strip().toUpperCase(Locale.ROOT) : defaultRegion;
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(phone, region);
            return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
        } catch (NumberParseException e) {
            return null;
        }
    }

    /** The last eight digits: the subscriber number whatever country code or trunk prefix was written. */
    static String phoneTail(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() < 8 ? null : digits.substring(digits.length() - 8);
    }

    /** "  José  O'Brien-Smith " → "jose obriensmith"; null when nothing is left. */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.toLowerCase(Locale.ROOT).replace("'", "").replace("-", "");
        String cleaned = NOT_LETTERS.matcher(plain).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The name's words in alphabetical order, so "Smith John" and "John Smith" compare equal. */
    static String sortedName(String normalisedName) {
        String[] words = normalisedName.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** Place names compared as names are; null stays null. */
    static String place(String place) {
        return name(place);
    }
}
