package com.scudo.shared;

import java.util.regex.Pattern;

/** One merchant's space: every key in both stores carries it. */
public record WorkspaceId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public WorkspaceId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidValueException("workspace", value,
                    "1-40 lower-case letters, digits or '-', starting with a letter or digit");
        }
    }

    public static WorkspaceId of(String value) {
        return new WorkspaceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
