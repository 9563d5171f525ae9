package com.scudo.analytics.internal;

import com.scudo.analytics.CustomerContacts;
import com.scudo.analytics.CustomerRows;
import com.scudo.platform.WorkspaceKeys;
import com.scudo.shared.CustomerId;
import com.scudo.shared.WorkspaceId;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record7;
import org.jooq.Table;
import org.jooq.TableField;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static com.scudo.analytics.internal.schema.Tables.BEHAVIORAL_ANALYTICS;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_DIM;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.schema.Tables.INTERACTION_FACTS;
import static com.scudo.analytics.internal.schema.Tables.ORDER_FACTS;

/**
 * A customer's analytical rows as a whole (identity resolution's merges and unmerges). Values travel as text
 * converted by the column's type, so a snapshot put back is the same row to the microsecond and the cent.
 */
@Component
class JooqCustomerRows implements CustomerRows, CustomerContacts {
    /** Rows that belong to the customer as a whole: replaced on restore. */
    private static final List<Table<?>> PER_CUSTOMER = List.of(CUSTOMER_DIM, CUSTOMER_METRICS, BEHAVIORAL_ANALYTICS);
    /** Facts with their own key: put back one by one, so facts recorded since stay. */
    private static final Map<Table<?>, TableField<?, String>> FACTS = Map.of(ORDER_FACTS, ORDER_FACTS.ORDER_ID,
            INTERACTION_FACTS, INTERACTION_FACTS.INTERACTION_ID);

    private final DSLContext sql;

    JooqCustomerRows(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    @Transactional(readOnly = true)
    public Snapshot snapshot(WorkspaceId workspace, Collection<CustomerId> customers) {
        Map<String, List<Map<String, String>>> tables = new LinkedHashMap<>();
        for (Table<?> table : tables()) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (Record r : sql.selectFrom(table)
                    .where(WorkspaceKeys.in(sql, workspaceOf(table), workspace.value(), customerOf(table), ids(customers)))
                    .orderBy(table.getPrimaryKey().getFields()).fetch()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (Field<?> field : r.fields()) {
                    row.put(field.getName(), text(r.get(field)));
                }
                rows.add(row);
            }
            tables.put(table.getName(), rows);
        }
        return new Snapshot(tables);
    }

    @Override
    public void moveHistory(WorkspaceId workspace, CustomerId from, CustomerId to) {
        for (Table<?> facts : FACTS.keySet()) {
            sql.update(facts).set(customerOf(facts), to.value()).where(workspaceOf(facts).eq(workspace.value()))
                    .and(customerOf(facts).eq(from.value())).execute();
        }
        for (Table<?> table : PER_CUSTOMER) {
            sql.deleteFrom(table).where(workspaceOf(table).eq(workspace.value()))
                    .and(customerOf(table).eq(from.value())).execute();
        }
    }

    @Override
    public void restore(WorkspaceId workspace, Collection<CustomerId> customers, Snapshot snapshot) {
        for (Table<?> table : PER_CUSTOMER) {
            sql.deleteFrom(table)
                    .where(WorkspaceKeys.in(sql, workspaceOf(table), workspace.value(), customerOf(table), ids(customers)))
                    .execute();
        }
        FACTS.forEach((table, key) -> {
            Set<String> keys = new HashSet<>();
            snapshot.tables().getOrDefault(table.getName(), List.of()).forEach(row -> keys.add(row.get(key.getName())));
            if (!keys.isEmpty()) {
                sql.deleteFrom(table).where(WorkspaceKeys.in(sql, workspaceOf(table), workspace.value(), key, keys)).execute();
            }
        });
        for (Table<?> table : tables()) {
            for (Map<String, String> row : snapshot.tables().getOrDefault(table.getName(), List.of())) {
                Record record = sql.newRecord(table);
                for (Field<?> field : table.fields()) {
                    if (row.containsKey(field.getName())) {
                        set(record, field, row.get(field.getName()));
                    }
                }
                sql.insertInto(table).set(record).execute();
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public void forEach(WorkspaceId workspace, Consumer<Contact> visitor) {
        try (Cursor<Record7<String, String, String, String, String, String, String>> rows = contacts()
                .where(CUSTOMER_DIM.WORKSPACE_ID.eq(workspace.value())).fetchSize(5_000).fetchLazy()) {
            for (Record7<String, String, String, String, String, String, String> r : rows) {
                visitor.accept(contact(r));
            }
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Contact> find(WorkspaceId workspace, Collection<CustomerId> ids) {
        return contacts().where(WorkspaceKeys.in(sql, CUSTOMER_DIM.WORKSPACE_ID, workspace.value(), CUSTOMER_DIM.CUSTOMER_ID,
                ids(ids))).fetch(JooqCustomerRows::contact);
    }

    private org.jooq.SelectJoinStep<Record7<String, String, String, String, String, String, String>> contacts() {
        return sql.select(CUSTOMER_DIM.CUSTOMER_ID, CUSTOMER_DIM.NAME, CUSTOMER_DIM.EMAIL, CUSTOMER_DIM.PHONE,
                CUSTOMER_DIM.CITY, CUSTOMER_DIM.REGION, CUSTOMER_DIM.COUNTRY).from(CUSTOMER_DIM);
    }

    private static Contact contact(Record7<String, String, String, String, String, String, String> r) {
        return new Contact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
    }

    private static List<Table<?>> tables() {
        return List.of(CUSTOMER_DIM, ORDER_FACTS, INTERACTION_FACTS, CUSTOMER_METRICS, BEHAVIORAL_ANALYTICS);
    }

    private static List<String> ids(Collection<CustomerId> customers) {
        return customers.stream().map(CustomerId::value).toList();
    }

    @SuppressWarnings("unchecked")
    private static Field<String> workspaceOf(Table<?> table) {
        return (Field<String>) table.field("workspace_id");
    }

    @SuppressWarnings("unchecked")
    private static Field<String> customerOf(Table<?> table) {
        return (Field<String>) table.field("customer_id");
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> void set(Record record, Field<T> field, String text) {
        Class<T> type = field.getType();
        Object value;
        if (text == null) {
            value = null;
        } else if (type == String.class) {
            value = text;
        } else if (type == OffsetDateTime.class) {
            value = OffsetDateTime.parse(text);
        } else if (type == LocalDate.class) {
            value = LocalDate.parse(text);
        } else if (type == BigDecimal.class) {
            value = new BigDecimal(text);
        } else if (type == Integer.class) {
            value = Integer.valueOf(text);
        } else if (type == Long.class) {
            value = Long.valueOf(text);
        } else if (type == Boolean.class) {
            value = Boolean.valueOf(text);
        } else if (type == Double.class) {
            value = Double.valueOf(text);
        } else {
            value = field.getDataType().convert(text);
        }
        record.set(field, (T) value);
    }
}
