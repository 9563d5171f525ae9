package com.scudo.customer360.internal;

import com.scudo.money.Money;
import com.scudo.shared.DisplayName;
import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.CustomerFactsColumns;
import com.scudo.customer360.CustomerPage;
import com.scudo.segment.filter.CustomerQuery;
import com.scudo.segment.filter.FieldType;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;


/**
 * The customer list: scored customers as a filtered, sorted, keyset-paginated page, over the columns analytics
 * exports ({@link CustomerFactsColumns}). Look-ups go through analytics' one look-up (ScoredCustomers).
 */
@Component
class CustomerDirectory {
    /** The forecast horizon of the expected orders (the settings the runs score with). */
    private final int horizonDays;
    private static final Table<?> FACTS = Filters.customerFacts().as("c");
    private static final Field<String> ID = c(CustomerFactsColumns.CUSTOMER_ID);
    private static final Field<String> NAME = c(CustomerFactsColumns.NAME);
    private static final Field<String> EMAIL = c(CustomerFactsColumns.EMAIL);
    private static final List<Field<?>> LIST_COLUMNS = List.of(ID, NAME, EMAIL, c(CustomerFactsColumns.CITY),
            c(CustomerFactsColumns.LIFECYCLE), c(CustomerFactsColumns.PRIMARY_SEGMENT),
            c(CustomerFactsColumns.TOTAL_SPENT), c(CustomerFactsColumns.ORDERS), c(CustomerFactsColumns.CHURN),
            c(CustomerFactsColumns.CLV), c(CustomerFactsColumns.LAST_ORDER), c(CustomerFactsColumns.EXPECTED_ORDERS));

    private final DSLContext sql;

    private final Money money;

    CustomerDirectory(DSLContext sql, AnalyticsSettings settings, Money money) {
        this.sql = sql;
        this.money = money;
        this.horizonDays = settings.forecast().horizonDays();
    }

    CustomerPage list(WorkspaceId workspace, String filter, String search, String sort, int limit, String cursor,
                      LocalDate asOf) {
        if (limit < 1 || limit > CustomerPage.MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + CustomerPage.MAX_LIMIT + ", was " + limit);
        }
        String expression = filter == null || filter.isBlank() ? null : Filters.normalise(filter);
        Condition condition = expression == null ? DSL.noCondition()
                : Filters.toCondition(Filters.parse(expression), FACTS, asOf);
        String words = search == null || search.isBlank() ? null : search.trim();
        if (words != null && words.length() > CustomerPage.MAX_SEARCH) {
            throw new InvalidInputException("q", "search for at most " + CustomerPage.MAX_SEARCH + " characters");
        }
        if (words != null) {
            condition = condition.and(matching(words));
        }
        String by = sort == null || sort.isBlank() ? "total_spent,desc" : sort.trim();
        boolean descending = by.startsWith("-") || by.toLowerCase(Locale.ROOT).endsWith(",desc");
        String name = by.replaceFirst("^-", "").replaceFirst("(?i),(asc|desc)$", "").trim();
        FilterField field = FilterField.byName(name).filter(f -> f.type() != FieldType.SET)
                .orElseThrow(() -> new InvalidInputException("sort", "Cannot sort by '" + name
                        + "': use a field name such as total_spent, clv, churn, last_order or name, optionally with ,desc"));
        CustomerQuery query = new CustomerQuery(FACTS, workspace.value(), condition, field, descending, limit);
        CustomerQuery.Page page = query.fetchPage(sql, LIST_COLUMNS, cursor);
        List<CustomerPage.Row> rows = page.rows().stream().map(this::row).toList();
        return new CustomerPage(expression, field.fieldName() + (descending ? ",desc" : ",asc"), limit, rows,
                page.nextCursor(), words, count(workspace, condition), money.reportingCurrency(workspace));
    }

    /** Name or e-mail containing the words (jOOQ escapes % and _ in them), or exactly this customer id. */
    private static Condition matching(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        return DSL.lower(NAME).contains(lower).or(DSL.lower(EMAIL).contains(lower)).or(ID.eq(words));
    }

    private long count(WorkspaceId workspace, Condition condition) {
        return sql.selectCount().from(FACTS).where(c(CustomerFactsColumns.WORKSPACE_ID).eq(workspace.value()).and(condition))
                .fetchOne(0, Long.class);
    }

    private static <T> Field<T> c(Field<T> column) {
        return CustomerFactsColumns.of(FACTS, column);
    }

    /** By position: the query appends its own sort and id columns, which repeat some names. */
    private CustomerPage.Row row(Record r) {
        Integer orders = r.get(7, Integer.class);
        String id = r.get(0, String.class);
        String email = r.get(2, String.class);
        return new CustomerPage.Row(id, DisplayName.of(r.get(1, String.class), email, id), email,
                r.get(3, String.class), r.get(4, String.class), r.get(5, String.class), r.get(6, BigDecimal.class),
                orders == null ? 0 : orders, r.get(8, BigDecimal.class), r.get(9, BigDecimal.class),
                r.get(10, LocalDate.class), r.get(11, BigDecimal.class), horizonDays);
    }
}
