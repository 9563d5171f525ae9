package com.scudo.imports.internal;

import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.imports.RowError;
import com.scudo.shared.CustomerId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The records of one chunk, as both copies see them: the same record twice in a chunk counts once
 * (the later one wins, the earlier one counts as updated or unchanged), customers an order file brings
 * along are kept apart from full customer rows.
 */
final class ChunkContent {
    final Map<CustomerId, Parsed> fullCustomers = new LinkedHashMap<>();
    final Map<CustomerId, CustomerProfile> broughtCustomers = new LinkedHashMap<>();
    final Map<String, Order> orders = new LinkedHashMap<>();
    /** The file line of each order, for a row error the recording path gives it. */
    final Map<String, Long> orderLines = new java.util.HashMap<>();
    final Map<String, Parsed> interactions = new LinkedHashMap<>();
    final List<RowError> errors = new ArrayList<>();
    long rows;
    long repeatedUnchanged;
    long repeatedUpdated;
    long firstLine = -1;
    long lastLine;

    static ChunkContent of(List<Parsed> chunk) {
        ChunkContent c = new ChunkContent();
        for (Parsed p : chunk) {
            c.add(p);
        }
        return c;
    }

    private void add(Parsed p) {
        if (firstLine < 0) {
            firstLine = p.firstLine();
        }
        lastLine = p.lastLine();
        rows += p.rows();
        errors.addAll(p.errors());
        if (p.record() == null && p.errors().isEmpty()) {
            repeatedUnchanged++;   // a merged-away customer's row: the survivor's profile is kept (SurvivingReader)
        }
        if (p.customer() != null) {
            broughtCustomers.merge(p.customer().id(), p.customer(), (a, b) -> a.createdAt().isAfter(b.createdAt()) ? b : a);
        }
        if (p.record() instanceof CustomerProfile c) {
            Parsed before = fullCustomers.put(c.id(), p);
            if (before != null) {
                repeated(((CustomerProfile) before.record()).sameContentAs(c));
            }
        } else if (p.record() instanceof Order o) {
            Order before = orders.put(o.id().value(), o);
            orderLines.put(o.id().value(), p.firstLine());
            if (before != null) {
                repeated(before.sameContentAs(o));
            }
        } else if (p.record() instanceof Interaction i) {
            Parsed before = interactions.put(i.id(), p);
            if (before != null) {
                repeated(before.record().equals(i));
            }
        }
    }

    private void repeated(boolean same) {
        if (same) {
            repeatedUnchanged++;
        } else {
            repeatedUpdated++;
        }
    }

    /** Every customer the chunk names: full rows, those orders bring, those interactions refer to. */
    List<CustomerId> customerIds() {
        List<CustomerId> ids = new ArrayList<>(fullCustomers.keySet());
        broughtCustomers.keySet().stream().filter(id -> !fullCustomers.containsKey(id)).forEach(ids::add);
        Set<CustomerId> seen = new java.util.HashSet<>(ids);
        for (Parsed p : interactions.values()) {
            CustomerId id = ((Interaction) p.record()).customerId();
            if (seen.add(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The UTC days and the customers whose real-time counters the chunk's orders and interactions move. */
    void addCounted(Set<LocalDate> days, Set<CustomerId> customers) {
        orders.values().forEach(o -> {
            days.add(day(o.orderedAt()));
            customers.add(o.customerId());
        });
        interactions.values().forEach(p -> {
            Interaction i = (Interaction) p.record();
            days.add(day(i.occurredAt()));
            customers.add(i.customerId());
        });
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    static CustomerProfile withCreatedAt(CustomerProfile p, Instant createdAt) {
        return new CustomerProfile(p.workspace(), p.id(), p.name(), p.email(), p.phone(), p.company(), p.address(),
                p.preferences(), p.tags(), createdAt, p.updatedAt());
    }
}
