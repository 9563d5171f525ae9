package com.scudo.shared;

import java.util.regex.Pattern;

/** A merchant's own customer id, e.g. "cust-001". */
public record CustomerId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,63}");

    public CustomerId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("customer id", value,
                    "1-64 letters, digits or . _ : @ -, starting with a letter or digit");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
