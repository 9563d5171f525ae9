package com.scudo.ingest.internal;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.ingest.OrderRecorded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new order re-scores its customer straight away with the last fitted models, so the 360 view is
 * current within a second instead of waiting for the next full run. A failure here never fails the
 * order: it is already stored, and the next run scores the customer anyway.
 */
@Component
class RefreshOnOrder {
    private static final Logger log = LoggerFactory.getLogger(RefreshOnOrder.class);
    private final AnalyticsRuns analytics;

    RefreshOnOrder(AnalyticsRuns analytics) {
        this.analytics = analytics;
    }

    @EventListener
    void on(OrderRecorded order) {
        try {
            analytics.refresh(order.workspace(), order.customerId());
        } catch (RuntimeException e) {
            log.warn("Could not refresh the metrics of {} after order {}; the next run will", order.customerId().value(),
                    order.orderId().value(), e);
        }
    }
}
