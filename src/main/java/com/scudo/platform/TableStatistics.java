package com.scudo.platform;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;

/**
 * Refreshes the planner's statistics of tables a bulk write has just changed, only where their size moved a lot since
 * they were last sampled. On PostgreSQL a table sampled when it was empty, or far smaller, is planned as a handful of
 * rows and joined by nested scans (minutes instead of seconds); a table of about the size it was sampled at needs no
 * new sample for the key joins these statements make, and ANALYZE of every table the run wrote was a sixth of the
 * segment step. The size is PostgreSQL's running count of live rows against the count of the last sample. H2 samples
 * a table by itself once enough of its rows changed (its ANALYZE_AUTO setting), so nothing is done there.
 */
public final class TableStatistics {
    /** A table is sampled again when its live rows differ from the sampled count by more than this share. */
    static final double CHANGED = 0.2;
    /** ...and by more than this many rows, so that small tables are not sampled on every run. */
    static final long AT_LEAST = 1_000;

    private TableStatistics() {
    }

    /** Analyzes those of {@code tables} whose size changed a lot; returns their names. */
    public static List<String> refreshWhereSizeChanged(DSLContext sql, List<? extends Table<?>> tables) {
        List<String> analyzed = new ArrayList<>();
        if (sql.dialect().family() != SQLDialect.POSTGRES) {
            return analyzed;
        }
        for (Table<?> table : tables) {
            Record2<Double, Long> sizes = sql.resultQuery("select cast(c.reltuples as float8), coalesce(s.n_live_tup, 0) "
                    + "from pg_class c left join pg_stat_all_tables s on s.relid = c.oid where c.oid = to_regclass({0})",
                    DSL.val(table.getName())).coerce(DSL.field("sampled", Double.class), DSL.field("live", Long.class))
                    .fetchOne();
            if (sizes == null || changed(sizes.value1(), sizes.value2())) {
                sql.execute("analyze {0}", table);
                analyzed.add(table.getName());
            }
        }
        return analyzed;
    }

    /** {@code sampled} is negative for a table never sampled. */
    static boolean changed(double sampled, long live) {
        return sampled < 0 || Math.abs(live - sampled) > Math.max(AT_LEAST, CHANGED * sampled);
    }
}
