package com.scudo.ingest.internal;

import com.scudo.ingest.OrderOutcomes;
import com.scudo.ingest.internal.LedgerTables.Ledger;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The ledger's orders of a period counted by outcome, in one grouped read (state, currency, refunded or not). */
@Component
class LedgerOutcomes implements OrderOutcomes {
    private final DSLContext sql;

    LedgerOutcomes(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Outcomes placedBetween(WorkspaceId workspace, Instant from, Instant until) {
        Condition in = Ledger.WORKSPACE_ID.eq(workspace.value());
        if (from != null) {
            in = in.and(Ledger.ORDERED_AT.ge(from.atOffset(ZoneOffset.UTC)));
        }
        if (until != null) {
            in = in.and(Ledger.ORDERED_AT.lt(until.atOffset(ZoneOffset.UTC)));
        }
        // inlined: PostgreSQL matches a grouped expression to the selected one only when both are the same text
        Field<Boolean> partly = DSL.field(Ledger.REFUNDED.gt(DSL.inline(BigDecimal.ZERO)));
        long orders = 0;
        long inPart = 0;
        long inFull = 0;
        long cancelled = 0;
        long held = 0;
        Map<String, BigDecimal[]> money = new TreeMap<>(); // currency -> {ordered, refunded}
        for (var r : sql.select(Ledger.STATE, Ledger.CURRENCY, partly, DSL.count(), DSL.sum(Ledger.AMOUNT), DSL.sum(Ledger.REFUNDED))
                .from(Ledger.TABLE).where(in).groupBy(Ledger.STATE, Ledger.CURRENCY, partly).fetch()) {
            long n = r.value4();
            orders += n;
            switch (r.value1()) {
                case "held" -> held += n;
                case "cancelled" -> cancelled += n;
                default -> {
                    // "purchase" (refunded in part when it has a refund) or "refunded" (in full)
                    if ("refunded".equals(r.value1())) {
                        inFull += n;
                    } else if (Boolean.TRUE.equals(r.value3())) {
                        inPart += n;
                    }
                    BigDecimal[] sums = money.computeIfAbsent(r.value2(), c -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
                    sums[0] = sums[0].add(r.value5());
                    sums[1] = sums[1].add(r.value6());
                }
            }
        }
        List<InCurrency> byCurrency = new ArrayList<>();
        money.forEach((currency, sums) -> byCurrency.add(new InCurrency(currency, sums[0], sums[1])));
        byCurrency.sort(Comparator.comparing(InCurrency::ordered).reversed());
        return new Outcomes(orders, inPart, inFull, cancelled, held, byCurrency);
    }

    @Override
    public Held held(WorkspaceId workspace) {
        long orders = 0;
        List<String> currencies = new ArrayList<>();
        for (var r : sql.select(Ledger.CURRENCY, DSL.count()).from(Ledger.TABLE)
                .where(Ledger.WORKSPACE_ID.eq(workspace.value())).and(Ledger.STATE.eq("held"))
                .groupBy(Ledger.CURRENCY).orderBy(DSL.count().desc(), Ledger.CURRENCY.asc()).fetch()) {
            orders += r.value2();
            currencies.add(r.value1());
        }
        return new Held(orders, currencies);
    }
}
