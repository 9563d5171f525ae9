package com.scudo.assistant;

/** What a question asks for. */
public enum Intent {
    CUSTOMER_PROFILE,
    ANALYZE_CUSTOMER,
    WHY_SCORE,
    VIP_CUSTOMERS,
    AT_RISK_CUSTOMERS,
    SEGMENT_ANALYSIS,
    LIST_SEGMENTS,
    COMPARE_SEGMENTS,
    /**
     * How the segments changed between two dated runs: which grew or shrank, and who moved where (into or out of the
     * segment the question names, when it names one).
     */
    SEGMENT_CHANGES,
    TOP_CUSTOMERS,
    LIKELY_TO_ORDER,
    REVENUE_AT_RISK,
    /** The shop as a whole: customers, revenue (of a period when the question names one), orders, risk. */
    SHOP_OVERVIEW,
    /** Customers who have lapsed (dormant), most valuable first: whom to send a win-back offer. */
    WIN_BACK,
    /**
     * Customers who came back: ordered in a period (the last 90 days unless named) after going the dormant threshold or
     * longer without an order. From the order history; today's lifecycle stage shows them Active again.
     */
    CAME_BACK,
    /**
     * Customers who opened or clicked an e-mail, visited the site or answered a campaign in a period (the last 90 days
     * unless named) and have ordered nothing since: interest that did not turn into an order.
     */
    CONTACTED_NOT_BOUGHT,
    /**
     * Customers lost in a period: they crossed the dormant threshold in it (their last order is that long before a day of
     * the period) and have not ordered since.
     */
    LOST_IN_PERIOD,
    /**
     * Customers with the attributes the question names (place, spend, orders, recency, scores) and the lists it names
     * (VIP, at risk, ...), all of them at once: one filter expression.
     */
    FILTERED_CUSTOMERS,
    /** What to do now across the shop: the open recommendations, most urgent and valuable first, and segment actions. */
    NEXT_ACTIONS,
    /** Which purchase model drives the scores, how well it predicted the shop's own last weeks, and why it was chosen. */
    MODEL_REPORT,
    /** What a word means (churn, CLV, RFM, at risk, ...) with the shop's own figure, or how to bring data in. */
    GLOSSARY,
    /** An empty, unknown or incomplete question: the answer shows what can be asked. */
    HELP
}
