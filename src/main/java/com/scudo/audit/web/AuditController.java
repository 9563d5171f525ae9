package com.scudo.audit.web;

import com.scudo.audit.AuditPage;
import com.scudo.audit.AuditFilters;
import com.scudo.audit.AuditTrail;
import com.scudo.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


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
        return audit.list(workspace, AuditFilters.since(since), AuditFilters.action(action), limit, cursor);
    }
}
