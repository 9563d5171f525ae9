package com.scudo.workspace;

import com.scudo.shared.InvalidInputException;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/** Where a workspace's people read its figures: the time zone of its dates and times, the locale of its numbers. */
public record WorkspaceLocale(ZoneId timeZone, Locale locale) {
    public static final WorkspaceLocale DEFAULT = new WorkspaceLocale(ZoneId.of("UTC"), Locale.US);

    public WorkspaceLocale {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(locale, "locale");
    }

    /** From an IANA zone id ("Europe/Berlin") and a BCP 47 tag ("de-DE"); a 400 naming the field that is wrong. */
    public static WorkspaceLocale of(String timeZone, String languageTag) {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "" : timeZone.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", "time zone '" + timeZone + "' is not an IANA zone such as Europe/Berlin or UTC");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(languageTag == null ? "" : languageTag.trim()).build();
        } catch (IllformedLocaleException e) {
            locale = null;
        }
        if (locale == null || locale.getLanguage().isEmpty()) {
            throw new InvalidInputException("locale", "locale '" + languageTag + "' is not a language tag such as en-US or de-DE");
        }
        return new WorkspaceLocale(zone, locale);
    }
}
