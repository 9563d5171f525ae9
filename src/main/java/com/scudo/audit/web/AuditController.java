package com.scudo.audit.web;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditPage;
import com.scudo.audit.AuditTrail;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** The audit log of the workspace, newest first. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Audit", description = "Who viewed, exported, changed or erased what")
class AuditController {
    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    @Operation(summary = "Audit events of the workspace, newest first, one page at a time (keyset cursor)")
    AuditPage list(@Parameter(hidden = true) WorkspaceId workspace,
                   @Parameter(description = "Only events at or after this time (2026-06-30T12:00:00Z) or day (2026-06-30, UTC)")
                   @RequestParam(required = false) String since,
                   @Parameter(description = "Only this action, e.g. customer.viewed")
                   @RequestParam(required = false) String action,
                   @Parameter(description = "Page size, 1-" + AuditPage.MAX_LIMIT)
                   @RequestParam(defaultValue = "100") int limit,
                   @Parameter(description = "nextCursor of the previous page")
                   @RequestParam(required = false) String cursor) {
        return audit.list(workspace, since(since), action(action), limit, cursor);
    }

    static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("since", "since must be a time such as 2026-06-30T12:00:00Z or a day such as 2026-06-30");
        }
    }

    static AuditAction action(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return AuditAction.parse(text).orElseThrow(() -> new InvalidInputException("action",
                "unknown action '" + text + "'; one of " + Arrays.stream(AuditAction.values()).map(AuditAction::code).toList()));
    }
}
