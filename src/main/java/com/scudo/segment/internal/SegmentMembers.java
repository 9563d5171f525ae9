package com.scudo.segment.internal;

import com.scudo.analytics.CustomerFactsColumns;
import com.scudo.analytics.ScoreTables;
import com.scudo.segment.MemberPage;
import com.scudo.segment.SegmentId;
import com.scudo.segment.SegmentMember;
import com.scudo.segment.filter.CustomerQuery;
import com.scudo.segment.filter.FieldType;
import com.scudo.segment.filter.FilterField;
import com.scudo.segment.filter.Filters;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.SpreadsheetCell;
import com.scudo.shared.WorkspaceId;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A segment's current members (those whose stored segment set holds it): pages for lists, CSV for export. */
@Component
class SegmentMembers {
    static final List<String> CSV_HEADER = List.of("customer_id", "name", "email", "phone", "segment", "lifecycle",
            "total_spent", "orders", "churn", "clv", "last_order");
    private static final Table<?> FACTS = Filters.customerFacts().as("c");
    private static final Field<String> CUSTOMER_ID = col(CustomerFactsColumns.CUSTOMER_ID);
    private static final Field<String> NAME = col(CustomerFactsColumns.NAME);
    private static final Field<String> EMAIL = col(CustomerFactsColumns.EMAIL);
    private static final Field<String> LIFECYCLE = col(CustomerFactsColumns.LIFECYCLE);
    private static final Field<String> PRIMARY = col(CustomerFactsColumns.PRIMARY_SEGMENT);
    private static final Field<BigDecimal> TOTAL_SPENT = col(CustomerFactsColumns.TOTAL_SPENT);
    private static final Field<Integer> ORDERS = col(CustomerFactsColumns.ORDERS);
    private static final Field<BigDecimal> CHURN = col(CustomerFactsColumns.CHURN);
    private static final Field<BigDecimal> CLV = col(CustomerFactsColumns.CLV);
    private static final Field<LocalDate> LAST_ORDER = col(CustomerFactsColumns.LAST_ORDER);
    private static final List<Field<?>> COLUMNS = List.of(CUSTOMER_ID, NAME, EMAIL, LIFECYCLE, PRIMARY, TOTAL_SPENT,
            ORDERS, CHURN, CLV, LAST_ORDER);

    private final DSLContext sql;

    SegmentMembers(DSLContext sql) {
        this.sql = sql;
    }

    MemberPage page(WorkspaceId workspace, SegmentId id, String sort, int limit, String cursor) {
        String by = sort == null || sort.isBlank() ? "-total_spent" : sort.trim();
        boolean descending = by.startsWith("-");
        String name = descending ? by.substring(1) : by;
        FilterField field = FilterField.byName(name).filter(f -> f.type() != FieldType.SET)
                .orElseThrow(() -> new InvalidInputException("sort", "Cannot sort by '" + name
                        + "': use a field name such as clv, -clv, total_spent, churn, last_order or name"));
        if (limit < 1 || limit > CustomerQuery.MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "limit must be between 1 and " + CustomerQuery.MAX_PAGE_SIZE);
        }
        CustomerQuery query = new CustomerQuery(FACTS, workspace.value(), memberOf(id), field, descending, limit);
        CustomerQuery.Page page = query.fetchPage(sql, COLUMNS, cursor);
        return new MemberPage(page.rows().stream().map(SegmentMembers::toMember).toList(), page.nextCursor());
    }

    /** Streams members ordered by customer id; a read-only transaction lets PostgreSQL fetch in chunks. */
    @Transactional(readOnly = true)
    public void writeCsv(WorkspaceId workspace, SegmentId id, Writer out) throws IOException {
        Table<?> dim = ScoreTables.Customers.TABLE.as("d");
        Field<String> phone = dim.field(ScoreTables.Customers.PHONE);
        Condition join = dim.field(ScoreTables.Customers.WORKSPACE_ID).eq(col(CustomerFactsColumns.WORKSPACE_ID))
                .and(dim.field(ScoreTables.Customers.CUSTOMER_ID).eq(CUSTOMER_ID));
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(CSV_HEADER);
        try (Cursor<Record> rows = sql.select(COLUMNS).select(phone).from(FACTS).join(dim).on(join)
                .where(col(CustomerFactsColumns.WORKSPACE_ID).eq(workspace.value())).and(memberOf(id))
                .orderBy(CUSTOMER_ID).fetchSize(1000).fetchLazy()) {
            for (Record r : rows) {
                csv.printRecord(r.get(CUSTOMER_ID), SpreadsheetCell.text(r.get(NAME)), SpreadsheetCell.text(r.get(EMAIL)),
                        SpreadsheetCell.text(r.get(phone)),
                        r.get(PRIMARY), r.get(LIFECYCLE), r.get(TOTAL_SPENT), r.get(ORDERS), r.get(CHURN),
                        r.get(CLV), r.get(LAST_ORDER));
            }
        }
        csv.flush();
    }

    private static Condition memberOf(SegmentId id) {
        return SegmentTables.setContains(col(CustomerFactsColumns.SEGMENTS), id.value());
    }

    private static SegmentMember toMember(Record r) {
        Integer orders = r.get(ORDERS);
        return new SegmentMember(r.get(CUSTOMER_ID), r.get(NAME), r.get(EMAIL), r.get(LIFECYCLE), r.get(PRIMARY),
                r.get(TOTAL_SPENT), orders == null ? 0 : orders, r.get(CHURN), r.get(CLV), r.get(LAST_ORDER));
    }

    private static <T> Field<T> col(Field<T> column) {
        return FACTS.field(column);
    }
}
