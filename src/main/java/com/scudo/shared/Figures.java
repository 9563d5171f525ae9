package com.scudo.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How one workspace writes its figures: money in its reporting currency, numbers and dates in its locale, times in
 * its time zone. Money shows whole units (as "$8,500" and "$936", never "$936.00" beside them); only amounts under
 * 10 keep the currency's minor units, so a $4.50 order is not shown as "$5".
 */
public record Figures(String currency, Locale locale, ZoneId timeZone) {
    /** US dollars, US English, UTC: what a workspace without settings gets. */
    public static final Figures DEFAULT = new Figures("USD", Locale.US, ZoneId.of("UTC"));
    private static final BigDecimal SMALL = BigDecimal.TEN;

    public Figures {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** The BCP 47 tag the browser's Intl API takes, e.g. "en-US". */
    public String languageTag() {
        return locale.toLanguageTag();
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        Currency code = Currency.getInstance(currency);
        int digits = amount.abs().compareTo(SMALL) < 0 && amount.signum() != 0 ? Math.max(0, code.getDefaultFractionDigits()) : 0;
        NumberFormat prototype = MONEY_FORMATS.computeIfAbsent(new MoneyFormat(locale, code, digits), MoneyFormat::build);
        return ((NumberFormat) prototype.clone()).format(amount); // a format is not thread-safe: each call its own copy
    }

    /**
     * Building a currency format reads the locale's data and parses its pattern (three quarters of writing a
     * recommendation's reason, measured); a copy of one built before is cheap. Few keys: locales × currencies × 2.
     */
    private static final Map<MoneyFormat, NumberFormat> MONEY_FORMATS = new ConcurrentHashMap<>();

    private record MoneyFormat(Locale locale, Currency currency, int digits) {
        NumberFormat build() {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(currency);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }
    }

    public String number(Number n) {
        return n == null ? "—" : NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** 0.253 → "25%" (in the locale's way of writing a percentage). */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(share);
    }

    /** A calendar date, e.g. "6 Dec 2026" or "Dec 6, 2026" depending on the locale. */
    public String date(LocalDate date) {
        return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** A moment as the shop's clock showed it. */
    public String dateTime(Instant instant) {
        return instant == null ? "—" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(timeZone).format(instant);
    }

    /** Today's date where the shop is. */
    public LocalDate today(java.time.Clock clock) {
        return LocalDate.now(clock.withZone(timeZone));
    }
}
