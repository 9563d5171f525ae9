package com.scudo.customer360.internal;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Column helpers for the analytical tables this read model joins (owned and migrated by their modules). */
final class Sql {
    static final Table<?> DIM = DSL.table(DSL.name("customer_dim")).as("d");
    static final Table<?> METRICS = DSL.table(DSL.name("customer_metrics")).as("m");
    static final Table<?> BEHAVIOUR = DSL.table(DSL.name("behavioral_analytics")).as("b");
    static final Table<?> SNAPSHOTS = DSL.table(DSL.name("metric_snapshots")).as("s");
    static final Table<?> SEGMENTS = DSL.table(DSL.name("segments")).as("g");

    private Sql() {
    }

    static Field<String> text(String table, String column) {
        return DSL.field(DSL.name(table, column), String.class);
    }

    static Field<BigDecimal> decimal(String table, String column) {
        return DSL.field(DSL.name(table, column), BigDecimal.class);
    }

    static Field<Integer> integer(String table, String column) {
        return DSL.field(DSL.name(table, column), Integer.class);
    }

    static Field<LocalDate> date(String table, String column) {
        return DSL.field(DSL.name(table, column), LocalDate.class);
    }

    static Field<OffsetDateTime> time(String table, String column) {
        return DSL.field(DSL.name(table, column), OffsetDateTime.class);
    }
}
