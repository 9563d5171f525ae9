package com.scudo.customer.internal;

import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Key formats shared by the tables: every key starts with the workspace. */
final class Keys {
    static final String PENDING_INDEX = "pending-sync";
    static final String BY_DATE_INDEX = "by-date";
    static final String EMAIL_INDEX = "email-index";

    /** Fixed width, so that the string order of the by-date index is time order. */
    private static final DateTimeFormatter SORTABLE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Keys() {
    }

    static String customerKey(WorkspaceId workspace, CustomerId customer) {
        return workspace.value() + "#" + customer.value();
    }

    static String emailKey(WorkspaceId workspace, String email) {
        return email == null || email.isBlank() ? null : workspace.value() + "#" + email.trim().toLowerCase(Locale.ROOT);
    }

    static String sortableTime(Instant time) {
        return SORTABLE_TIME.format(time);
    }

    static Instant parseTime(String text) {
        return Instant.parse(text);
    }
}
