package com.scudo.analytics.internal;

import com.scudo.analytics.AtRisk;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static com.scudo.analytics.internal.MetricTables.CUSTOMER_METRICS;

/** Counts the at-risk and dormant customers and sums the revenue at risk over the latest scores. */
@Component
class AtRiskFigures implements AtRisk {
    private static final Field<String> WORKSPACE = MetricTables.text("workspace_id");
    private static final Field<String> LIFECYCLE = MetricTables.text("lifecycle");
    private static final Field<BigDecimal> CLV = MetricTables.decimal("clv");
    private static final Field<BigDecimal> SPENT = MetricTables.decimal("total_spent");

    private final DSLContext sql;

    AtRiskFigures(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Figures figures(WorkspaceId workspace) {
        Record r = sql.select(DSL.count().filterWhere(LIFECYCLE.eq(STAGE)), DSL.sum(CLV).filterWhere(LIFECYCLE.eq(STAGE)),
                        DSL.sum(SPENT).filterWhere(LIFECYCLE.eq(STAGE)), DSL.count().filterWhere(LIFECYCLE.eq(DORMANT)))
                .from(CUSTOMER_METRICS).where(WORKSPACE.eq(workspace.value())).fetchOne();
        return new Figures(r.get(0, Long.class), money(r.get(1, BigDecimal.class)), money(r.get(2, BigDecimal.class)),
                r.get(3, Long.class));
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }
}
