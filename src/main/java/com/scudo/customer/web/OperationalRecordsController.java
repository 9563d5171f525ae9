package com.scudo.customer.web;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.CustomerProfiles;
import com.scudo.customer.Interaction;
import com.scudo.customer.InteractionLog;
import com.scudo.customer.Order;
import com.scudo.customer.OrderHistory;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The operational records as stored in DynamoDB: profile, order history, interactions, live counters. */
@RestController
@RequestMapping("/api/v1")
class OperationalRecordsController {
    static final int MAX_PAGE = 500;
    private final CustomerProfiles profiles;
    private final OrderHistory orders;
    private final InteractionLog interactions;
    private final RealtimeMetrics realtime;
    private final Clock clock;

    OperationalRecordsController(CustomerProfiles profiles, OrderHistory orders, InteractionLog interactions,
                                 RealtimeMetrics realtime, Clock clock) {
        this.profiles = profiles;
        this.orders = orders;
        this.interactions = interactions;
        this.realtime = realtime;
        this.clock = clock;
    }

    @GetMapping("/customers/{id}/profile")
    CustomerProfile profile(WorkspaceId workspace, @PathVariable String id) {
        CustomerId customer = CustomerId.of(id);
        return profiles.find(workspace, customer).orElseThrow(() -> notFound(customer));
    }

    @GetMapping("/customers/{id}/orders")
    List<Order> orders(WorkspaceId workspace, @PathVariable String id, @RequestParam(defaultValue = "100") int limit) {
        CustomerId customer = existing(workspace, id);
        return orders.newestFirst(workspace, customer, page(limit));
    }

    @GetMapping("/customers/{id}/interactions")
    List<Interaction> interactions(WorkspaceId workspace, @PathVariable String id,
                                   @RequestParam(defaultValue = "100") int limit) {
        CustomerId customer = existing(workspace, id);
        return interactions.newestFirst(workspace, customer, page(limit));
    }

    @GetMapping("/customers/{id}/live")
    RealtimeCounters customerCounters(WorkspaceId workspace, @PathVariable String id) {
        return realtime.forCustomer(workspace, existing(workspace, id));
    }

    /** Today's running totals for the workspace (UTC day). */
    @GetMapping("/live/today")
    RealtimeCounters today(WorkspaceId workspace) {
        return realtime.forDay(workspace, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    private CustomerId existing(WorkspaceId workspace, String id) {
        CustomerId customer = CustomerId.of(id);
        if (profiles.find(workspace, customer).isEmpty()) {
            throw notFound(customer);
        }
        return customer;
    }

    private static int page(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE + ", was " + limit);
        }
        return limit;
    }

    private static NotFoundException notFound(CustomerId customer) {
        return new NotFoundException("No customer " + customer.value() + " in this workspace");
    }
}
