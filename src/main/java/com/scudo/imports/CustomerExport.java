package com.scudo.imports;

import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.money.Money;
import com.scudo.segment.filter.FilterException;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.SpreadsheetCell;
import com.scudo.shared.WorkspaceId;
import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.CustomerFactsColumns;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Customer metrics as CSV, e-mail first, with the columns a merchant pastes into an e-mail tool.
 * Reads {@code customer_facts}, optionally narrowed by a filter expression; streams, so the size of
 * the workspace does not matter.
 */
@Service
public class CustomerExport {
    public static final List<String> COLUMNS = List.of("email", "name", "customer_id", "company", "city", "region",
            "country", "lifecycle", "primary_segment", "segments", "rfm", "rfm_group", "orders", "total_spent", "aov",
            "clv", "currency", "churn", "churn_horizon_days", "p_alive", "expected_orders", "forecast_horizon_days", "days_since_last_order",
            "last_order", "next_order_date", "channel", "categories", "tags");
    /**
     * The column of customer_facts behind each header but the two horizons, which come from the settings, and the
     * currency of the money columns (total_spent, aov, clv), the workspace's reporting currency.
     */
    private static final Map<String, Field<?>> SOURCES = Map.ofEntries(
            Map.entry("email", CustomerFactsColumns.EMAIL),
            Map.entry("name", CustomerFactsColumns.NAME),
            Map.entry("customer_id", CustomerFactsColumns.CUSTOMER_ID),
            Map.entry("company", CustomerFactsColumns.COMPANY),
            Map.entry("city", CustomerFactsColumns.CITY),
            Map.entry("region", CustomerFactsColumns.REGION),
            Map.entry("country", CustomerFactsColumns.COUNTRY),
            Map.entry("lifecycle", CustomerFactsColumns.LIFECYCLE),
            Map.entry("primary_segment", CustomerFactsColumns.PRIMARY_SEGMENT),
            Map.entry("segments", CustomerFactsColumns.SEGMENTS),
            Map.entry("rfm", CustomerFactsColumns.RFM),
            Map.entry("rfm_group", CustomerFactsColumns.RFM_GROUP),
            Map.entry("orders", CustomerFactsColumns.ORDERS),
            Map.entry("total_spent", CustomerFactsColumns.TOTAL_SPENT),
            Map.entry("aov", CustomerFactsColumns.AOV),
            Map.entry("clv", CustomerFactsColumns.CLV),
            Map.entry("churn", CustomerFactsColumns.CHURN),
            Map.entry("p_alive", CustomerFactsColumns.P_ALIVE),
            Map.entry("expected_orders", CustomerFactsColumns.EXPECTED_ORDERS),
            Map.entry("days_since_last_order", CustomerFactsColumns.DAYS_SINCE_LAST_ORDER),
            Map.entry("last_order", CustomerFactsColumns.LAST_ORDER),
            Map.entry("next_order_date", CustomerFactsColumns.NEXT_ORDER_DATE),
            Map.entry("channel", CustomerFactsColumns.CHANNEL),
            Map.entry("categories", CustomerFactsColumns.CATEGORIES),
            Map.entry("tags", CustomerFactsColumns.TAGS));
    private static final String HORIZON = "forecast_horizon_days";
    private static final String CHURN_HORIZON = "churn_horizon_days";
    private static final String CURRENCY = "currency";

    private final DSLContext sql;
    private final Clock clock;
    private final AuditTrail audit;
    private final AnalyticsSettings analytics;
    private final Money money;

    CustomerExport(DSLContext sql, Clock clock, AuditTrail audit, AnalyticsSettings analytics, Money money) {
        this.money = money;
        this.sql = sql;
        this.clock = clock;
        this.audit = audit;
        this.analytics = analytics;
    }

    /** Writes the header and one line per matching customer; returns the number of customers. */
    public long write(WorkspaceId workspace, String filter, Writer out) throws IOException {
        Table<?> facts = Filters.customerFacts();
        Condition condition = condition(filter, facts);
        // Churn (no order in the churn horizon) and expected orders (over the forecast horizon) are over the horizons
        // of the settings, written beside them; money likewise beside its currency.
        String currency = money.reportingCurrency(workspace);
        List<Field<?>> fields = COLUMNS.stream().<Field<?>>map(c -> switch (c) {
            case HORIZON -> DSL.inline(analytics.forecast().horizonDays()).as(c);
            case CHURN_HORIZON -> DSL.inline(analytics.forecast().churnHorizonDays()).as(c);
            case CURRENCY -> DSL.inline(currency).as(c);
            default -> SOURCES.get(c);
        }).toList();
        out.write(String.join(",", COLUMNS) + "\n");
        long count = 0;
        try (var cursor = sql.select(fields).from(facts)
                .where(CustomerFactsColumns.WORKSPACE_ID.eq(workspace.value()).and(condition))
                .orderBy(CustomerFactsColumns.CUSTOMER_ID).fetchSize(1000).fetchLazy()) {
            for (Record r : cursor) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    Object value = r.get(i);
                    // numbers are written as they are; text is guarded against spreadsheet formulas
                    line.append(value instanceof Number ? text(value) : SpreadsheetCell.csv(text(value)));
                }
                out.write(line.append('\n').toString());
                count++;
            }
        }
        out.flush();
        // The filter text stays out of the log: it may name a person.
        audit.record(workspace, AuditAction.CUSTOMERS_EXPORTED, AuditSubject.customers(),
                count + " customers" + (filter == null || filter.isBlank() ? "" : ", filtered"));
        return count;
    }

    /** Checks a filter expression before any output is written; a bad one is an {@link InvalidInputException}. */
    public void validate(String filter) {
        condition(filter, Filters.customerFacts());
    }

    private Condition condition(String filter, Table<?> facts) {
        if (filter == null || filter.isBlank()) {
            return DSL.noCondition();
        }
        try {
            return Filters.toCondition(Filters.parse(filter), facts, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        } catch (FilterException e) {
            throw new InvalidInputException("filter", e.getMessage());
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal b) {
            return b.stripTrailingZeros().scale() < 0 ? b.setScale(0).toPlainString() : b.stripTrailingZeros().toPlainString();
        }
        String s = value.toString();
        // Sets are stored as "|a|b|"; a merchant's tool wants "a|b".
        return s.length() > 1 && s.startsWith("|") && s.endsWith("|") ? s.substring(1, s.length() - 1) : s;
    }
}
