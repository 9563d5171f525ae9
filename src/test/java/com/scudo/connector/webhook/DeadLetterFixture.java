package com.scudo.connector.webhook;

import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Makes a dead letter as a day of failed deliveries does, for tests of the pages that show them: the event is put in
 * the delivery outbox and the worker is asked to deliver what is due hour by hour for 26 hours of the test's time.
 */
public final class DeadLetterFixture {
    private DeadLetterFixture() {
    }

    /** The id of a {@code churn.crossed} event to the subscription that failed for a day. */
    public static String deadLetter(ApplicationContext context, WorkspaceId workspace, String subscriptionId) {
        Subscription subscription = context.getBean(Subscriptions.class).find(workspace, subscriptionId);
        String event = context.getBean(EventOutbox.class).enqueue(context.getBean(DSLContext.class), workspace,
                subscription, EventType.CHURN_CROSSED, Map.of("customerId", "c-1", "churn", 0.82));
        deliverOverTheNextHours(context, 26);
        return event;
    }

    /** Asks the worker to deliver what is due at each hour from now on, as the background worker would. */
    public static void deliverOverTheNextHours(ApplicationContext context, int hours) {
        Deliveries deliveries = context.getBean(Deliveries.class);
        Instant now = context.getBean(Clock.class).instant();
        for (int hour = 0; hour <= hours; hour++) {
            deliveries.deliverDue(now.plus(Duration.ofHours(hour)));
        }
    }
}
