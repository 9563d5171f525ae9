package com.scudo.segment;

import com.fasterxml.jackson.annotation.JsonValue;
import com.scudo.shared.InvalidValueException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A segment's id within a workspace, e.g. {@code VIP_HIGH_VALUE}: upper-case letters, digits and '_'. */
public record SegmentId(@JsonValue String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    public SegmentId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("segment id", value,
                    "1-60 upper-case letters, digits or '_', starting with a letter");
        }
    }

    /** Accepts any case ({@code vip_high_value}); ids are stored upper-case. */
    public static SegmentId of(String value) {
        return new SegmentId(value == null ? null : value.trim().toUpperCase(Locale.ROOT));
    }

    /** An id derived from a display name: "Big spenders 2025" becomes {@code BIG_SPENDERS_2025}. */
    public static SegmentId fromName(String name) {
        String id = name.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id = "S_" + id;
        }
        return new SegmentId(id.length() > 60 ? id.substring(0, 60).replaceAll("_+$", "") : id);
    }

    @Override
    public String toString() {
        return value;
    }
}
