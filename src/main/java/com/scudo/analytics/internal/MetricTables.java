package com.scudo.analytics.internal;

import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Tables the analytics run writes, named for jOOQ; the facts it reads are in {@link FactTables}. */
final class MetricTables {
    private MetricTables() {
    }

    static final Table<?> CUSTOMER_METRICS = DSL.table(DSL.name("customer_metrics"));
    static final Table<?> BEHAVIORAL_ANALYTICS = DSL.table(DSL.name("behavioral_analytics"));
    static final Table<?> METRIC_SNAPSHOTS = DSL.table(DSL.name("metric_snapshots"));
    static final Table<?> MODEL_FITS = DSL.table(DSL.name("model_fits"));
    static final Table<?> MODEL_CHOICES = DSL.table(DSL.name("model_choices"));
    static final Table<?> ANALYTICS_RUNS = DSL.table(DSL.name("analytics_runs"));

    static Field<String> text(String column) {
        return DSL.field(name(column), SQLDataType.VARCHAR);
    }

    static Field<Integer> integer(String column) {
        return DSL.field(name(column), SQLDataType.INTEGER);
    }

    static Field<BigDecimal> decimal(String column) {
        return DSL.field(name(column), SQLDataType.NUMERIC);
    }

    static Field<Double> real(String column) {
        return DSL.field(name(column), SQLDataType.DOUBLE);
    }

    static Field<Boolean> flag(String column) {
        return DSL.field(name(column), SQLDataType.BOOLEAN);
    }

    static Field<LocalDate> date(String column) {
        return DSL.field(name(column), SQLDataType.LOCALDATE);
    }

    static Field<OffsetDateTime> time(String column) {
        return DSL.field(name(column), SQLDataType.TIMESTAMPWITHTIMEZONE);
    }

    private static Name name(String column) {
        return DSL.name(column);
    }
}
