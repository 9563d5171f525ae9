package com.scudo.analytics.internal;

/**
 * Named RFM groups, each with the plain explanation a merchant sees. Checked in this order; the first
 * that fits names the customer. 555 is VIP, 444 Loyal, 222 Regular; Regular
 * gathers mixed scores, so its explanation names each one (355: middling recency, high frequency and high spend). No group is called
 * "at risk": that label belongs to the lifecycle stage alone.
 */
enum RfmGroup {
    VIP("VIP", "Bought recently, buys often and spends the most"),
    LOYAL("Loyal", "Buys often and bought recently; a dependable customer"),
    NEW("New", "First order was recent; one purchase so far"),
    PROMISING("Promising", "Bought recently but not often yet; could become a regular"),
    SLIPPING("Slipping", "Used to buy often and spend well, but not lately"),
    LOST("Lost", "Last bought long ago and rarely; unlikely to return without a nudge"),
    REGULAR("Regular", "A regular customer");

    private final String label;
    private final String explanation;

    RfmGroup(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    String label() {
        return label;
    }

    String explanation() {
        return explanation;
    }

    /** The group's explanation; for Regular, which gathers mixed scores, each score in words (1-2 low, 3 middling, 4-5 high). */
    String explanation(int r, int f, int m) {
        if (this != REGULAR) {
            return explanation;
        }
        return explanation + ": " + level(r) + " recency, " + level(f) + " frequency and " + level(m) + " spend";
    }

    private static String level(int score) {
        return score >= 4 ? "high" : score == 3 ? "middling" : "low";
    }

    static RfmGroup of(int r, int f, int m) {
        if ((r == 5 && f >= 4 && m >= 4) || (r >= 4 && f == 5 && m == 5)) {
            return VIP;
        }
        if (r >= 4 && f >= 4) {
            return LOYAL;
        }
        if (r >= 4 && f == 1) {
            return NEW;
        }
        if (r >= 4 && f <= 3) {
            return PROMISING;
        }
        if (r <= 2 && f >= 3 && m >= 3) {
            return SLIPPING;
        }
        if (r == 1 && f <= 2) {
            return LOST;
        }
        return REGULAR;
    }
}
