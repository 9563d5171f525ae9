package com.scudo.connector.webhook;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.Map;

/**
 * {@code scudo.connector.webhook.deliveries}: attempts to deliver an outgoing webhook, by {@code outcome}
 * ({@code delivered}; {@code failed}, to be retried; {@code dead_lettered}, retries given up) and {@code event}
 * (the event type). Every pair is registered up front, so a scrape shows the meter before the first delivery and
 * the delivery worker does no registry look-up.
 */
@Component
class DeliveryMeters {
    static final String NAME = "scudo.connector.webhook.deliveries";
    private final Map<EventType, Counter> delivered = new EnumMap<>(EventType.class);
    private final Map<EventType, Counter> failed = new EnumMap<>(EventType.class);
    private final Map<EventType, Counter> dead = new EnumMap<>(EventType.class);

    DeliveryMeters(MeterRegistry registry) {
        for (EventType event : EventType.values()) {
            delivered.put(event, counter(registry, "delivered", event));
            failed.put(event, counter(registry, "failed", event));
            dead.put(event, counter(registry, "dead_lettered", event));
        }
    }

    private static Counter counter(MeterRegistry registry, String outcome, EventType event) {
        return Counter.builder(NAME).description("Outgoing webhook delivery attempts")
                .tag("outcome", outcome).tag("event", event.label()).register(registry);
    }

    void delivered(String event) {
        delivered.get(EventType.parse(event)).increment();
    }

    /** An attempt that failed: retried later, or, when {@code dead}, the last one (the event is a dead letter). */
    void failed(String event, boolean dead) {
        (dead ? this.dead : failed).get(EventType.parse(event)).increment();
    }
}
