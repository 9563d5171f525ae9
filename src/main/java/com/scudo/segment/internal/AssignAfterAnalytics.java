package com.scudo.segment.internal;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.analytics.RunStepFailedException;
import com.scudo.segment.SegmentsAssigned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The segment step of an analytics run: assigns segments once new metrics are written (in its own transaction),
 * then announces {@link SegmentsAssigned} for the steps that read segments. A failure of the assignment itself
 * names this step; a failure of a later step passes through as that step's.
 */
@Component
class AssignAfterAnalytics {
    static final String STEP = "segment assignment";
    private final SegmentAssigner assigner;
    private final ApplicationEventPublisher events;

    AssignAfterAnalytics(SegmentAssigner assigner, ApplicationEventPublisher events) {
        this.assigner = assigner;
        this.events = events;
    }

    @EventListener
    void onMetricsComputed(MetricsComputed event) {
        int memberships;
        try {
            memberships = assigner.assignAll(event.workspace(), event.asOf(), event.runId());
        } catch (RuntimeException e) {
            throw new RunStepFailedException(STEP, e);
        }
        events.publishEvent(new SegmentsAssigned(event.workspace(), event.asOf(), event.runId(), null, memberships));
    }

    @EventListener
    void onCustomerMetricsRefreshed(CustomerMetricsRefreshed event) {
        int memberships = assigner.assignSome(event.workspace(), event.asOf(), event.customers());
        events.publishEvent(new SegmentsAssigned(event.workspace(), event.asOf(), null, event.customers(), memberships));
    }
}
