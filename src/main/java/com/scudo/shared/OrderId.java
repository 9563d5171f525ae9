package com.scudo.shared;

import java.util.regex.Pattern;

/** A merchant's order id, unique within a workspace; the key that makes order writes idempotent. */
public record OrderId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9#][A-Za-z0-9._:#@/-]{0,79}");

    public OrderId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("order id", value,
                    "1-80 letters, digits or . _ : # @ / -, starting with a letter, digit or #");
        }
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
