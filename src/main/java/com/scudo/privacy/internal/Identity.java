package com.scudo.privacy.internal;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.util.regex.Pattern;

/**
 * What identifies a customer in free text: the id not run together with other letters or digits (so erasing
 * "c1" leaves "c10" alone but finds "c1-orders.csv"), the e-mail and the full name, case-insensitive. E-mail and name may be unknown (null).
 */
record Identity(WorkspaceId workspace, CustomerId id, String email, String name) {
    static final String REPLACEMENT = "[erased]";

    Identity {
        email = blankToNull(email);
        name = blankToNull(name);
    }

    boolean mentionedIn(String text) {
        return text != null && !text.isEmpty() && patterns().matcher(text).find();
    }

    /** The text with every mention replaced. */
    String scrub(String text) {
        return text == null ? null : patterns().matcher(text).replaceAll(REPLACEMENT);
    }

    private Pattern patterns() {
        String token = "(?<![A-Za-z0-9])" + Pattern.quote(id.value()) + "(?![A-Za-z0-9])";
        StringBuilder any = new StringBuilder(token);
        if (email != null) {
            any.append('|').append(Pattern.quote(email));
        }
        if (name != null && name.length() >= 3) {
            any.append('|').append(Pattern.quote(name));
        }
        return Pattern.compile(any.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
