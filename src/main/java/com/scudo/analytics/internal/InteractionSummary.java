package com.scudo.analytics.internal;

import java.time.LocalDate;

/** A customer's contacts besides orders over the 90 days before the as-of date, by kind. */
record InteractionSummary(int opens, int clicks, int visits, int tickets, int campaignResponses,
                          LocalDate lastInteraction) {

    static final InteractionSummary NONE = new InteractionSummary(0, 0, 0, 0, 0, null);

    int total() {
        return opens + clicks + visits + tickets + campaignResponses;
    }

    /**
     * 0..100: weighted contacts, saturating, so a handful of clicks counts and a flood of opens does
     * not dominate. A click or campaign response says more about intent than an open.
     */
    double engagementScore() {
        double points = opens + 3.0 * clicks + 2.0 * visits + 5.0 * campaignResponses + tickets;
        return Math.round(1000 * (1 - Math.exp(-points / 15.0))) / 10.0;
    }
}
