package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.math.BigDecimal;

/**
 * The one meaning of "at risk" everywhere (overview, segments, lifecycle chart, customer page, API, export,
 * assistant): a customer in the At-Risk lifecycle stage, still likely enough to buy to be worth saving but slipping
 * (churn at or above the At-Risk threshold, not yet dormant). Customers long gone are Dormant: a win-back case,
 * never counted as at risk. Revenue at risk is computed here and nowhere else.
 */
public interface AtRisk {

    /** The lifecycle stage. */
    String STAGE = "At-Risk";
    /** Customers who are gone (no order for long, or churn so high they have most likely stopped): win back. */
    String DORMANT = "Dormant";
    /** The at-risk customers in the filter language. */
    String FILTER = "lifecycle = \"At-Risk\"";
    /** The dormant customers in the filter language. */
    String DORMANT_FILTER = "lifecycle = \"Dormant\"";

    Figures figures(WorkspaceId workspace);

    /**
     * @param customers     customers at risk
     * @param revenueAtRisk their predicted 12-month value (CLV, reporting currency): what the shop stands to lose
     *                      if they go
     * @param pastSpend     what they have spent so far
     * @param dormant       dormant customers (win-back, not at risk)
     */
    record Figures(long customers, BigDecimal revenueAtRisk, BigDecimal pastSpend, long dormant) {
    }
}
