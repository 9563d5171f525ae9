package com.scudo.analytics.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a customer's reasons say that their score row does not hold: the figures behind the words and the settings the
 * run scored with. Stored with the row in a few dozen characters, so the reasons are written in words when read
 * instead of being stored (they were 885 of a score row's ~1,000 bytes, and a full run writes a million rows).
 *
 * @param lifecycleRule the lifecycle rule that named the stage ({@link LifecycleRules.Rule})
 * @param ruleThreshold that rule's setting: the dormant days, the lost churn, the at-risk churn or the VIP spend
 */
record ReasonFacts(int purchaseDays, double typicalGapDays, double spendPerOrder, boolean smallShopScale,
                   int churnHorizonDays, int horizonDays, int clvMonths, double monthlyDiscountRate,
                   double atRiskChurn, LifecycleRules.Rule lifecycleRule, double ruleThreshold) {
    private static final String VERSION = "1";

    /** e.g. {@code 1;3;41.25;52.31;0;90;90;12;0.01;0.4;C;0}. */
    String encode() {
        return String.join(";", VERSION, Integer.toString(purchaseDays), plain(typicalGapDays, 3), plain(spendPerOrder, 2),
                smallShopScale ? "1" : "0", Integer.toString(churnHorizonDays), Integer.toString(horizonDays),
                Integer.toString(clvMonths), plain(monthlyDiscountRate, 6), plain(atRiskChurn, 6),
                lifecycleRule.code(), plain(ruleThreshold, 6));
    }

    /** The facts {@link #encode()} wrote; null for text that is missing or of a later, unknown version. */
    static ReasonFacts decode(String text) {
        if (text == null || !text.startsWith(VERSION + ";")) {
            return null;
        }
        String[] p = text.split(";", -1);
        if (p.length != 12) {
            return null;
        }
        try {
            return new ReasonFacts(Integer.parseInt(p[1]), number(p[2]), number(p[3]), "1".equals(p[4]),
                    Integer.parseInt(p[5]), Integer.parseInt(p[6]), Integer.parseInt(p[7]), number(p[8]), number(p[9]),
                    LifecycleRules.Rule.ofCode(p[10]), number(p[11]));
        } catch (IllegalArgumentException e) {
            return null; // a damaged value loses the customer's reasons, not their view
        }
    }

    private static double number(String text) {
        return "NaN".equals(text) ? Double.NaN : Double.parseDouble(text);
    }

    private static String plain(double value, int scale) {
        if (!Double.isFinite(value)) {
            return "NaN";
        }
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
