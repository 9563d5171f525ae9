package com.scudo.audit;

import com.scudo.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Reads the audit log's filters as people type them, for the REST API and the command line alike. */
public final class AuditFilters {
    private AuditFilters() {
    }

    /** A time (2026-06-30T12:00:00Z) or a day (2026-06-30, from its start in UTC); null when blank. */
    public static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a time such as 2026-06-30T12:00:00Z or a day such as 2026-06-30");
        }
    }

    /** An action by its code (customer.viewed); null when blank. */
    public static AuditAction action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return AuditAction.parse(text).orElseThrow(() -> new InvalidInputException("action",
                "unknown action '" + text + "'; one of " + Arrays.stream(AuditAction.values()).map(AuditAction::code).toList()));
    }
}
