package com.scudo.recommendation.internal;

import com.scudo.analytics.CustomerMetricsRefreshed;
import com.scudo.analytics.MetricsComputed;
import com.scudo.recommendation.GenerationSummary;
import com.scudo.recommendation.Recommendations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Regenerates recommendations once the analytics have written new metrics. Ordered last among the
 * listeners of the run, so the segment assignment (which recommendations read) has happened already.
 */
@Component
class AnalyticsListener {
    private static final Logger log = LoggerFactory.getLogger(AnalyticsListener.class);
    private final Recommendations recommendations;

    AnalyticsListener(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onMetricsComputed(MetricsComputed event) {
        GenerationSummary summary = recommendations.generate(event.workspace(), event.asOf());
        log.info("Recommendations for workspace {} as of {}: {} customers, {} opened, {} refreshed, {} withdrawn in {} ms",
                event.workspace(), event.asOf(), summary.customers(), summary.opened(), summary.refreshed(),
                summary.withdrawn(), summary.millis());
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onCustomerRefreshed(CustomerMetricsRefreshed event) {
        recommendations.generateFor(event.workspace(), event.customers(), event.asOf());
    }
}
