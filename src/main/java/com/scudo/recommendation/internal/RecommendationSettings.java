package com.scudo.recommendation.internal;

import com.scudo.shared.InvalidValueException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Thresholds and rates of the recommendation rules ({@code scudo.recommendations.*}). The rates turn
 * a customer's value into an expected value of the action: e.g. a win-back offer that succeeds one
 * time in ten is worth a tenth of a year of that customer's past spending.
 *
 * @param retentionChurn     churn probability from which a retention offer is recommended
 * @param retentionMinOrders repeat customers only: one-time buyers get onboarding instead
 * @param replenishmentDays  remind when the expected next order is at most this many days away
 * @param outcomeWindowDays  an order within this many days after a done action counts as its outcome
 * @param cooldownDays       after a done/dismissed action, the same action is not recommended again for this long
 * @param winBackRate        share of dormant customers a win-back offer brings back
 * @param upsellLift         lift of a business customer's 12-month value from volume pricing
 * @param onboardingRate     share of new customers a second-order nudge converts
 * @param vipLift            share of a VIP's 12-month value that early access protects
 * @param crossSellRate      chance a category suggestion adds an order
 * @param batchSize          customers read and written per step of a full generation
 */
@ConfigurationProperties("scudo.recommendations")
record RecommendationSettings(Double retentionChurn, Integer retentionMinOrders, Integer replenishmentDays,
                              Integer outcomeWindowDays, Integer cooldownDays, Double winBackRate,
                              Double upsellLift, Double onboardingRate, Double vipLift, Double crossSellRate,
                              Integer batchSize) {

    RecommendationSettings {
        retentionChurn = rate("retention-churn", retentionChurn, 0.25);
        retentionMinOrders = count("retention-min-orders", retentionMinOrders, 2);
        replenishmentDays = count("replenishment-days", replenishmentDays, 7);
        outcomeWindowDays = count("outcome-window-days", outcomeWindowDays, 30);
        cooldownDays = count("cooldown-days", cooldownDays, 30);
        winBackRate = rate("win-back-rate", winBackRate, 0.10);
        upsellLift = rate("upsell-lift", upsellLift, 0.15);
        onboardingRate = rate("onboarding-rate", onboardingRate, 0.25);
        vipLift = rate("vip-lift", vipLift, 0.05);
        crossSellRate = rate("cross-sell-rate", crossSellRate, 0.10);
        batchSize = count("batch-size", batchSize, 2000);
        if (batchSize < 1 || outcomeWindowDays < 1) {
            throw new InvalidValueException("scudo.recommendations", "batch-size and outcome-window-days must be at least 1");
        }
    }

    static RecommendationSettings defaults() {
        return new RecommendationSettings(null, null, null, null, null, null, null, null, null, null, null);
    }

    private static double rate(String name, Double value, double fallback) {
        double v = value == null ? fallback : value;
        if (v < 0 || v > 1) {
            throw new InvalidValueException("scudo.recommendations." + name, v, "a rate between 0 and 1");
        }
        return v;
    }

    private static int count(String name, Integer value, int fallback) {
        int v = value == null ? fallback : value;
        if (v < 0) {
            throw new InvalidValueException("scudo.recommendations." + name, v, "zero or more");
        }
        return v;
    }
}
