package com.scudo.customer360.web;

import com.scudo.customer360.Customer360;
import com.scudo.customer360.Customer360Views;
import com.scudo.customer360.CustomerLookup;
import com.scudo.customer360.CustomerPage;
import com.scudo.customer360.Overview;
import com.scudo.shared.WorkspaceId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers: the filtered list, look-up by name, the 360 view, and the workspace overview. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Customers", description = "Customer list, look-up, Customer 360 view and overview")
class Customer360Controller {
    private final Customer360Views views;

    Customer360Controller(Customer360Views views) {
        this.views = views;
    }

    @GetMapping("/customers")
    @Operation(summary = "Customers matching a filter expression, sorted, one page at a time (keyset cursor)")
    CustomerPage list(@Parameter(hidden = true) WorkspaceId workspace,
                      @Parameter(description = "Filter expression, e.g. churn >= 25% and orders > 3")
                      @RequestParam(required = false) String filter,
                      @Parameter(description = "Words the name or e-mail contains (case-insensitive), or a customer id")
                      @RequestParam(required = false) String q,
                      @Parameter(description = "Field to sort by, e.g. clv,desc or -clv (default total_spent,desc)")
                      @RequestParam(required = false) String sort,
                      @Parameter(description = "Page size, 1-" + CustomerPage.MAX_LIMIT)
                      @RequestParam(defaultValue = "50") int limit,
                      @Parameter(description = "nextCursor of the previous page")
                      @RequestParam(required = false) String cursor) {
        return views.list(workspace, filter, q, sort, limit, cursor);
    }

    @GetMapping("/customers/lookup")
    @Operation(summary = "Who a customer id, e-mail or (partial) name means: the one customer, or the candidates")
    CustomerLookup lookup(@Parameter(hidden = true) WorkspaceId workspace,
                          @Parameter(description = "Customer id, e-mail or part of a name, case-insensitive")
                          @RequestParam String q) {
        return views.lookup(workspace, q);
    }

    @GetMapping("/customers/{idOrEmail}/360")
    @Operation(summary = "The Customer 360 view: profile, orders, interactions, live counters, scores with reasons, "
            + "behaviour, segments, trends and open recommendations")
    Customer360 view(@Parameter(hidden = true) WorkspaceId workspace,
                     @Parameter(description = "Customer id or e-mail address") @PathVariable String idOrEmail) {
        return views.viewByIdOrEmail(workspace, idOrEmail);
    }

    @GetMapping("/overview")
    @Operation(summary = "Headline figures: customers, revenue, revenue at risk, churn, lifecycle and segment "
            + "distribution, today's live counters, revenue and orders per month (per week for a short history)")
    Overview overview(@Parameter(hidden = true) WorkspaceId workspace) {
        return views.overview(workspace);
    }
}
