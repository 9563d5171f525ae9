package com.scudo.demo;

import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.RealtimeCounters;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What a bulk load counted: records, and per-day real-time totals of the whole shop and of what it wrote. */
final class ChunkTotals {
    final AtomicLong orders = new AtomicLong();
    final AtomicLong interactions = new AtomicLong();
    final AtomicLong written = new AtomicLong();
    final Map<LocalDate, RealtimeCounters> allDays = new HashMap<>();
    final Map<LocalDate, RealtimeCounters> writtenDays = new HashMap<>();

    void count(List<Order> customerOrders, List<Interaction> customerInteractions, boolean write) {
        orders.addAndGet(customerOrders.size());
        interactions.addAndGet(customerInteractions.size());
        if (write) {
            written.incrementAndGet();
        }
        for (Order o : customerOrders) {
            RealtimeCounters one = new RealtimeCounters(1, o.amount(), 0, null);
            addDay(o.orderedAt(), one, write);
        }
        for (Interaction i : customerInteractions) {
            addDay(i.occurredAt(), new RealtimeCounters(0, BigDecimal.ZERO, 1, null), write);
        }
    }

    void add(ChunkTotals other) {
        orders.addAndGet(other.orders.get());
        interactions.addAndGet(other.interactions.get());
        written.addAndGet(other.written.get());
        other.allDays.forEach((day, c) -> allDays.merge(day, c, ChunkTotals::plus));
        other.writtenDays.forEach((day, c) -> writtenDays.merge(day, c, ChunkTotals::plus));
    }

    /** One customer's counters as the per-record path would leave them: counts, revenue and the latest event. */
    static RealtimeCounters customerTotals(List<Order> orders, List<Interaction> interactions) {
        BigDecimal revenue = BigDecimal.ZERO;
        Instant lastSeen = null;
        for (Order o : orders) {
            revenue = revenue.add(o.amount());
            lastSeen = later(lastSeen, o.orderedAt());
        }
        for (Interaction i : interactions) {
            lastSeen = later(lastSeen, i.occurredAt());
        }
        return new RealtimeCounters(orders.size(), revenue, interactions.size(), lastSeen);
    }

    private void addDay(Instant at, RealtimeCounters one, boolean write) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        allDays.merge(day, one, ChunkTotals::plus);
        if (write) {
            writtenDays.merge(day, one, ChunkTotals::plus);
        }
    }

    private static RealtimeCounters plus(RealtimeCounters a, RealtimeCounters b) {
        return new RealtimeCounters(a.orders() + b.orders(), a.revenue().add(b.revenue()),
                a.interactions() + b.interactions(), null);
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
