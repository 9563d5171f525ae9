package com.scudo.recommendation.internal;

import com.scudo.recommendation.ActionType;
import com.scudo.shared.Figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Every recommendation rule in one place. Each rule reads one customer's signals and, when it applies,
 * gives the action with its reason in words and an expected value in money: the value at stake times
 * the share of it the action is likely to win or keep (rates from {@link RecommendationSettings}).
 */
final class RecommendationRules {
    static final String BUSINESS_SEGMENT = "business_professional";
    private final RecommendationSettings settings;
    private final Figures figures;

    RecommendationRules(RecommendationSettings settings) {
        this(settings, Figures.DEFAULT);
    }

    RecommendationRules(RecommendationSettings settings, Figures figures) {
        this.settings = settings;
        this.figures = figures;
    }

    /** The same rules writing money in a workspace's reporting currency and locale. */
    RecommendationRules writingMoneyAs(Figures workspaceFigures) {
        return new RecommendationRules(settings, workspaceFigures);
    }

    List<Candidate> recommend(CustomerSignals c, LocalDate asOf) {
        List<Candidate> out = new ArrayList<>();
        boolean dormant = c.isLifecycle("Dormant");
        if (dormant) {
            out.add(winBack(c));
        } else if (c.churn() != null && c.churn().doubleValue() >= settings.retentionChurn()
                && c.orders() >= settings.retentionMinOrders()) {
            out.add(retentionOffer(c));
        }
        if (!dormant && c.inSegment(BUSINESS_SEGMENT)) {
            out.add(upsell(c));
        }
        if (c.isLifecycle("New")) {
            out.add(onboarding(c));
        }
        if (c.isLifecycle("VIP")) {
            out.add(vipThanks(c));
        }
        if (c.topCategory() != null && c.orders() >= 2 && (c.isLifecycle("Active") || c.isLifecycle("VIP"))) {
            out.add(crossSell(c));
        }
        if (!dormant && c.nextOrderDate() != null && !c.nextOrderDate().isBefore(asOf)
                && ChronoUnit.DAYS.between(asOf, c.nextOrderDate()) <= settings.replenishmentDays()) {
            out.add(replenishment(c, asOf));
        }
        return out;
    }

    private Candidate retentionOffer(CustomerSignals c) {
        BigDecimal atStake = positive(c.clv()) ? c.clv() : orZero(c.aov());
        StringBuilder habit = new StringBuilder();
        if (c.typicalDaysBetweenOrders() != null) {
            habit.append("usually orders every ").append(whole(c.typicalDaysBetweenOrders())).append(" days");
        }
        if (c.daysSinceLastOrder() != null) {
            habit.append(habit.length() > 0 ? ", " : "").append(c.daysSinceLastOrder()).append(" days since the last order");
        }
        String reason = "Churn risk " + percent(c.churn()) + (habit.length() > 0 ? " (" + habit + ")" : "")
                + "; " + (positive(c.clv()) ? "predicted 12-month value " : "average order ") + money(atStake);
        return candidate(c, ActionType.RETENTION_OFFER, "Send a retention offer", reason, c.churn().multiply(atStake));
    }

    private Candidate winBack(CustomerSignals c) {
        BigDecimal yearly = yearlySpend(c);
        String quiet = c.daysSinceLastOrder() == null ? "No recent order" : "No order for " + c.daysSinceLastOrder() + " days";
        String reason = quiet + "; spent " + money(c.totalSpent()) + " over " + plural(c.orders(), "order")
                + " (about " + money(yearly) + " a year) before going quiet";
        return candidate(c, ActionType.WIN_BACK, "Win back with a personal offer", reason,
                yearly.multiply(BigDecimal.valueOf(settings.winBackRate())));
    }

    private Candidate upsell(CustomerSignals c) {
        BigDecimal base = positive(c.clv()) ? c.clv() : orZero(c.aov());
        String reason = "Business buyer: " + plural(c.orders(), "order") + ", " + money(c.totalSpent()) + " spent, "
                + money(c.aov()) + " per order; volume pricing and an account manager could lift the "
                + (positive(c.clv()) ? "predicted 12-month value of " : "next order of ") + money(base)
                + " by " + percent(BigDecimal.valueOf(settings.upsellLift()));
        return candidate(c, ActionType.UPSELL, "Offer volume pricing and an account manager", reason,
                base.multiply(BigDecimal.valueOf(settings.upsellLift())));
    }

    private Candidate onboarding(CustomerSignals c) {
        String when = c.daysSinceLastOrder() == null ? "" : ", last " + ago(c.daysSinceLastOrder());
        String reason = "New customer: " + plural(c.orders(), "order") + " (" + money(c.totalSpent()) + ")" + when
                + "; a second order is the step to becoming a regular";
        return candidate(c, ActionType.ONBOARDING, "Nudge a second order", reason,
                orZero(c.aov()).multiply(BigDecimal.valueOf(settings.onboardingRate())));
    }

    private Candidate vipThanks(CustomerSignals c) {
        String risk = c.churn() == null ? "" : ", churn risk " + percent(c.churn());
        String reason = "VIP: " + money(c.totalSpent()) + " over " + plural(c.orders(), "order") + risk
                + "; early access and a thank-you keep the best customers close";
        return candidate(c, ActionType.VIP_THANKS, "Thank with early access", reason,
                orZero(c.clv()).multiply(BigDecimal.valueOf(settings.vipLift())));
    }

    private Candidate crossSell(CustomerSignals c) {
        String reason = "Buys mostly " + c.topCategory() + " (" + money(c.aov()) + " per order); "
                + "products that go with " + c.topCategory() + " could add an order";
        return candidate(c, ActionType.CROSS_SELL, "Suggest products that go with " + c.topCategory(), reason,
                orZero(c.aov()).multiply(BigDecimal.valueOf(settings.crossSellRate())));
    }

    private Candidate replenishment(CustomerSignals c, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(asOf, c.nextOrderDate());
        String habit = c.typicalDaysBetweenOrders() == null ? "Orders regularly"
                : "Usually orders every " + whole(c.typicalDaysBetweenOrders()) + " days";
        String reason = habit + "; next order expected on " + c.nextOrderDate()
                + (days == 0 ? " (today)" : " (in " + plural((int) days, "day") + ")");
        BigDecimal likelihood = c.pAlive() == null ? BigDecimal.ONE : c.pAlive();
        return candidate(c, ActionType.REPLENISHMENT, "Send a replenishment reminder", reason,
                orZero(c.aov()).multiply(likelihood));
    }

    /** Past spending per year; a customer younger than a year counts as one year. */
    private static BigDecimal yearlySpend(CustomerSignals c) {
        BigDecimal spent = orZero(c.totalSpent());
        if (c.tenureDays() == null || c.tenureDays() <= 365) {
            return spent;
        }
        return spent.multiply(BigDecimal.valueOf(365)).divide(BigDecimal.valueOf(c.tenureDays()), 2, RoundingMode.HALF_UP);
    }

    private static Candidate candidate(CustomerSignals c, ActionType type, String title, String reason, BigDecimal value) {
        return new Candidate(c.customerId(), type, title, reason, value.setScale(2, RoundingMode.HALF_UP));
    }

    String money(BigDecimal amount) {
        return figures.money(orZero(amount));
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String whole(BigDecimal number) {
        return number.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static String ago(int days) {
        return days == 0 ? "today" : plural(days, "day") + " ago";
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
