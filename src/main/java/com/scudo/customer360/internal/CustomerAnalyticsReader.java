package com.scudo.customer360.internal;

import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.ScoredCustomer;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.customer360.Customer360;
import com.scudo.customer360.Freshness;
import com.scudo.segment.SegmentId;
import com.scudo.segment.Segments;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer's scores, behaviour, segments and trend, read through analytics' port: the profile, score and
 * behaviour row by primary key, the customer's snapshots, and the names of the few segments they hold.
 */
@Component
class CustomerAnalyticsReader {
    /** Snapshot dates a trend shows, the most recent ones. */
    static final int TREND_POINTS = 24;

    /** The forecast horizon of the expected orders (the settings the runs score with). */
    private final int horizonDays;
    private final int churnHorizonDays;
    private final ScoredCustomers customers;
    private final Segments segmentList;

    CustomerAnalyticsReader(ScoredCustomers customers, Segments segmentList, AnalyticsSettings settings) {
        this.customers = customers;
        this.segmentList = segmentList;
        this.horizonDays = settings.forecast().horizonDays();
        this.churnHorizonDays = settings.forecast().churnHorizonDays();
    }

    AnalyticsParts read(WorkspaceId workspace, CustomerId customer) {
        Optional<ScoredCustomer> row = row(workspace, customer);
        if (row.isEmpty()) {
            return new AnalyticsParts(false, null, null, null, null);
        }
        ScoredCustomer.Scores s = row.get().scores();
        Freshness scoreFreshness = s != null ? Freshness.computed(s.asOf(), s.computedAt()) : null;
        return new AnalyticsParts(true,
                s != null ? scores(s, scoreFreshness) : null,
                row.get().behaviour() == null ? null : behaviour(row.get().behaviour()),
                s != null ? segments(workspace, s, scoreFreshness) : null,
                s != null ? trend(workspace, customer) : null);
    }

    /** The customer's profile, score and behaviour row; empty when the analytical store does not know them. */
    Optional<ScoredCustomer> row(WorkspaceId workspace, CustomerId customer) {
        return customers.find(workspace, customer);
    }

    private Customer360.Scores scores(ScoredCustomer.Scores s, Freshness freshness) {
        Map<String, String> reasons = s.reasons();
        Customer360.Rfm rfm = new Customer360.Rfm(s.rScore(), s.fScore(), s.mScore(), s.rfm(), s.rfmGroup(),
                reasons.get("rfm"));
        Customer360.Churn churn = new Customer360.Churn(s.churn(), s.churnLow(), s.churnHigh(), churnHorizonDays,
                reasons.get("churn"));
        return new Customer360.Scores(s.orders() == null ? 0 : s.orders(), s.totalSpent(), s.aov(), s.firstOrder(),
                s.lastOrder(), s.daysSinceLastOrder(), s.tenureDays(), rfm, churn, s.pAlive(), s.clv(),
                s.expectedOrders(), horizonDays, s.nextOrderDate(), s.lifecycle(), reasons, freshness);
    }

    private static Customer360.Behaviour behaviour(ScoredCustomer.Behaviour b) {
        return new Customer360.Behaviour(b.preferredChannel(), mix(b.channelMix()), set(b.categories()),
                b.topCategory(), mix(b.categoryAffinity()), b.avgDaysBetweenOrders(), b.typicalDaysBetweenOrders(),
                b.discountRate(), b.peakMonth(), b.holidayShare(), b.giftShare(), b.bulkShare(), b.returnRate(),
                b.engagement(), b.interactions90d(), b.lastInteraction(), b.spendTrend(),
                Freshness.computed(b.asOf(), b.computedAt()));
    }

    /** The customer's few segments, named in one statement as the segment module names them. */
    private Customer360.SegmentMembership segments(WorkspaceId workspace, ScoredCustomer.Scores s, Freshness freshness) {
        List<String> ids = set(s.segments());
        String primary = s.primarySegment();
        if (ids.isEmpty()) {
            return new Customer360.SegmentMembership(primary, List.of(), freshness);
        }
        Map<SegmentId, String> names = segmentList.names(workspace, ids.stream().map(SegmentId::of).toList());
        List<Customer360.SegmentRef> refs = ids.stream().map(id -> new Customer360.SegmentRef(id,
                names.getOrDefault(SegmentId.of(id), id), id.equals(primary))).toList();
        return new Customer360.SegmentMembership(primary, refs, freshness);
    }

    Customer360.Trends trend(WorkspaceId workspace, CustomerId customer) {
        List<Customer360.TrendPoint> points = customers.snapshots(workspace, customer, TREND_POINTS).stream()
                .map(p -> new Customer360.TrendPoint(p.date(), p.churn(), p.clv(), p.orders(), p.totalSpent())).toList();
        LocalDate latest = points.isEmpty() ? null : points.get(points.size() - 1).date();
        return new Customer360.Trends(points, Freshness.computed(latest, null));
    }

    /** "web:0.8|mobile:0.2" as an ordered map of shares. */
    static Map<String, BigDecimal> mix(String text) {
        Map<String, BigDecimal> mix = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return mix;
        }
        for (String part : text.split("\\|")) {
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                try {
                    mix.put(part.substring(0, colon),
                            new BigDecimal(part.substring(colon + 1)).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros());
                } catch (NumberFormatException ignored) {
                    // a malformed share is left out rather than failing the whole view
                }
            }
        }
        return mix;
    }

    /** "|a|b|" as [a, b]. */
    static List<String> set(String text) {
        return com.scudo.shared.DelimitedSet.values(text);
    }
}
