package com.scudo.analytics.internal;

import com.scudo.analytics.ExpectedNextOrders;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;

/** Reads customer_metrics by its primary key, a thousand ids per statement. */
@Component
class JooqExpectedNextOrders implements ExpectedNextOrders {
    private static final int CHUNK = 1000;
    private final DSLContext sql;

    JooqExpectedNextOrders(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Map<CustomerId, LocalDate> nextOrderDates(WorkspaceId workspace, Collection<CustomerId> customers) {
        if (customers.size() > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("At most " + MAX_CUSTOMERS + " customers a call, was " + customers.size());
        }
        List<String> ids = customers.stream().map(CustomerId::value).distinct().toList();
        Map<CustomerId, LocalDate> dates = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            sql.select(CUSTOMER_METRICS.CUSTOMER_ID, CUSTOMER_METRICS.NEXT_ORDER_DATE).from(CUSTOMER_METRICS)
                    .where(WorkspaceKeys.in(sql, CUSTOMER_METRICS.WORKSPACE_ID, workspace.value(), CUSTOMER_METRICS.CUSTOMER_ID,
                            ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .and(CUSTOMER_METRICS.NEXT_ORDER_DATE.isNotNull())
                    .forEach(r -> dates.put(CustomerId.of(r.value1()), r.value2()));
        }
        return dates;
    }
}
