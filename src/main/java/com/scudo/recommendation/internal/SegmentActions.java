package com.scudo.recommendation.internal;

import com.scudo.recommendation.ActionType;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.SegmentAction;
import com.scudo.recommendation.internal.Tables.Metrics;
import com.scudo.recommendation.internal.Tables.Recs;
import com.scudo.money.Formatting;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Locale;

import java.util.List;

/** Open recommendations summed per primary segment and action type, computed when asked (never stale). */
@Component
class SegmentActions {
    private final DSLContext sql;
    private final RecommendationRules words;
    private final Formatting formatting;

    SegmentActions(DSLContext sql, RecommendationSettings settings, Formatting formatting) {
        this.sql = sql;
        this.words = new RecommendationRules(settings);
        this.formatting = formatting;
    }

    List<SegmentAction> summarise(WorkspaceId workspace) {
        RecommendationRules inShopMoney = words.writingMoneyAs(formatting.of(workspace));
        Field<Integer> customers = DSL.countDistinct(Recs.CUSTOMER_ID).as("customers");
        Field<BigDecimal> value = DSL.sum(Recs.EXPECTED_VALUE).as("value");
        return sql.select(Metrics.PRIMARY_SEGMENT, Recs.ACTION_TYPE, customers, value)
                .from(Recs.TABLE)
                .leftJoin(Metrics.TABLE).on(Metrics.WORKSPACE_ID.eq(Recs.WORKSPACE_ID)
                        .and(Metrics.CUSTOMER_ID.eq(Recs.CUSTOMER_ID)))
                .where(Recs.WORKSPACE_ID.eq(workspace.value()))
                .and(Recs.STATUS.eq(RecommendationStatus.OPEN.label()))
                .groupBy(Metrics.PRIMARY_SEGMENT, Recs.ACTION_TYPE)
                .orderBy(DSL.sum(Recs.EXPECTED_VALUE).desc(), Metrics.PRIMARY_SEGMENT, Recs.ACTION_TYPE)
                .fetch(r -> {
                    ActionType type = ActionType.valueOf(r.get(Recs.ACTION_TYPE));
                    String segment = r.get(Metrics.PRIMARY_SEGMENT);
                    int count = r.get(customers);
                    BigDecimal total = r.get(value) == null ? BigDecimal.ZERO : r.get(value);
                    return new SegmentAction(segment, type, count, total.setScale(2, java.math.RoundingMode.HALF_UP),
                            type.verb() + " " + count + " " + customersOf(segment, count) + " worth " + inShopMoney.money(total));
                });
    }

    /** "AT_RISK" → "at-risk customers"; "NEW_CUSTOMER" → "new customers"; none → "customers without a segment". */
    static String customersOf(String segment, int count) {
        String noun = count == 1 ? "customer" : "customers";
        if (segment == null || segment.isBlank()) {
            return noun + " without a segment";
        }
        String[] parts = segment.trim().toLowerCase(Locale.ROOT).split("[_\\s-]+");
        int n = parts.length;
        if (n > 1 && (parts[n - 1].equals("customer") || parts[n - 1].equals("customers"))) {
            n--;
        }
        String joiner = n == 2 ? "-" : " ";
        return String.join(joiner, java.util.Arrays.copyOf(parts, n)) + " " + noun;
    }
}
