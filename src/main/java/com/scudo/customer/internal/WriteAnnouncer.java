package com.scudo.customer.internal;

import com.scudo.customer.OperationalRecordsWritten;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Announces {@link OperationalRecordsWritten} for the customers a write through this module touched, from the
 * writers themselves, so that no write path can forget it: copies of a customer's records kept elsewhere (the 360
 * view's cache) are only as fresh as these announcements. Writers call it in {@code finally}, so a write that
 * failed part-way is announced too (some of its items may have landed).
 */
@Component
class WriteAnnouncer {
    private final ApplicationEventPublisher events;

    WriteAnnouncer(ApplicationEventPublisher events) {
        this.events = events;
    }

    void customer(WorkspaceId workspace, CustomerId customer) {
        events.publishEvent(new OperationalRecordsWritten(workspace, Set.of(customer)));
    }

    void customers(WorkspaceId workspace, Collection<CustomerId> customers) {
        if (!customers.isEmpty()) {
            events.publishEvent(new OperationalRecordsWritten(workspace, Set.copyOf(customers)));
        }
    }

    /** One announcement per workspace for records that may span several. */
    <T> void records(Collection<T> records, Function<T, WorkspaceId> workspace, Function<T, CustomerId> customer) {
        Map<WorkspaceId, Set<CustomerId>> touched = new HashMap<>();
        for (T record : records) {
            touched.computeIfAbsent(workspace.apply(record), w -> new HashSet<>()).add(customer.apply(record));
        }
        touched.forEach(this::customers);
    }
}
