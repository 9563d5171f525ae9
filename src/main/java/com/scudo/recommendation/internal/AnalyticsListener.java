package com.scudo.recommendation.internal;

import com.scudo.analytics.RunStepFailedException;
import com.scudo.recommendation.GenerationSummary;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.RecommendationsGenerated;
import com.scudo.segment.SegmentsAssigned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Regenerates recommendations once segments were assigned after new metrics (recommendations read the segments),
 * for the whole workspace after a full run, for one customer after that customer's refresh.
 */
@Component
class AnalyticsListener {
    static final String STEP = "recommendations";
    private static final Logger log = LoggerFactory.getLogger(AnalyticsListener.class);
    private final Recommendations recommendations;
    private final ApplicationEventPublisher events;

    AnalyticsListener(Recommendations recommendations, ApplicationEventPublisher events) {
        this.recommendations = recommendations;
        this.events = events;
    }

    @EventListener
    void onSegmentsAssigned(SegmentsAssigned event) {
        if (!event.wholeWorkspace()) {
            recommendations.generateFor(event.workspace(), event.customers(), event.asOf());
            return;
        }
        GenerationSummary summary;
        try {
            summary = recommendations.generate(event.workspace(), event.asOf());
        } catch (RuntimeException e) {
            throw new RunStepFailedException(STEP, e);
        }
        log.info("Recommendations for workspace {} as of {}: {} customers, {} opened, {} refreshed, {} withdrawn in {} ms",
                event.workspace(), event.asOf(), summary.customers(), summary.opened(), summary.refreshed(),
                summary.withdrawn(), summary.millis());
        events.publishEvent(new RecommendationsGenerated(event.workspace(), event.asOf(), event.runId(), summary));
    }
}
