package com.scudo.segment.internal;

import com.scudo.segment.Segment;
import com.scudo.segment.SegmentMigration;
import com.scudo.segment.SegmentMigration.Flow;
import com.scudo.shared.WorkspaceId;
import com.scudo.segment.internal.SegmentTables.Snapshots;
import com.scudo.money.Formatting;
import com.scudo.shared.Figures;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Moves between primary segments from one snapshot date to another: the matrix, and its notable flows in words. */
@Component
class MigrationMatrix {
    static final String VALUE_BASIS = "total_spent at the later date (at the earlier date for customers absent then)";
    private static final int NOTABLE = 5;
    private final DSLContext sql;
    private final Formatting formatting;

    MigrationMatrix(DSLContext sql, Formatting formatting) {
        this.sql = sql;
        this.formatting = formatting;
    }

    SegmentMigration between(WorkspaceId workspace, LocalDate from, LocalDate to, List<Segment> byPriority) {
        // Customers present on either date; 'none' where absent or in no segment. Inline 'none' keeps the
        // GROUP BY expressions identical to the SELECT ones on PostgreSQL.
        Table<?> ids = DSL.select(Snapshots.CUSTOMER_ID).from(Snapshots.TABLE).where(on(Snapshots.TABLE, workspace, from))
                .union(DSL.select(Snapshots.CUSTOMER_ID).from(Snapshots.TABLE).where(on(Snapshots.TABLE, workspace, to)))
                .asTable("ids");
        Field<String> customer = ids.field(Snapshots.CUSTOMER_ID);
        Table<?> earlier = Snapshots.TABLE.as("f");
        Table<?> later = Snapshots.TABLE.as("t");
        Field<String> fromSegment = DSL.coalesce(earlier.field(Snapshots.PRIMARY_SEGMENT), DSL.inline(SegmentMigration.NONE));
        Field<String> toSegment = DSL.coalesce(later.field(Snapshots.PRIMARY_SEGMENT), DSL.inline(SegmentMigration.NONE));
        List<Flow> flows = sql.select(fromSegment, toSegment, DSL.count(),
                        DSL.sum(DSL.coalesce(later.field(Snapshots.TOTAL_SPENT), earlier.field(Snapshots.TOTAL_SPENT))))
                .from(ids)
                .leftJoin(earlier).on(on(earlier, workspace, from).and(earlier.field(Snapshots.CUSTOMER_ID).eq(customer)))
                .leftJoin(later).on(on(later, workspace, to).and(later.field(Snapshots.CUSTOMER_ID).eq(customer)))
                .groupBy(fromSegment, toSegment)
                .fetch(r -> new Flow(r.get(0, String.class), r.get(1, String.class), r.get(2, Long.class),
                        r.get(3, BigDecimal.class).setScale(2, RoundingMode.HALF_UP)));
        Set<String> order = new LinkedHashSet<>();
        byPriority.forEach(s -> order.add(s.id().value()));
        flows.forEach(f -> {
            order.add(f.from());
            order.add(f.to());
        });
        order.remove(SegmentMigration.NONE);
        List<String> segments = new ArrayList<>(order);
        segments.add(SegmentMigration.NONE);
        Comparator<Flow> cell = Comparator.comparingInt((Flow f) -> segments.indexOf(f.from()))
                .thenComparingInt(f -> segments.indexOf(f.to()));
        List<Flow> sorted = flows.stream().sorted(cell).toList();
        return new SegmentMigration(from, to, VALUE_BASIS, segments, sorted, notable(sorted, formatting.of(workspace)));
    }

    /** The biggest moves off the diagonal by value (then by customers), in words. */
    static List<String> notable(List<Flow> flows, Figures figures) {
        return flows.stream().filter(f -> !f.from().equals(f.to()))
                .sorted(Comparator.comparing(Flow::value).thenComparingLong(Flow::customers).reversed())
                .limit(NOTABLE).map(f -> sentence(f, figures)).toList();
    }

    /** In the workspace's reporting currency and locale: "1 customer worth $2,600 moved from …", "… 2.600 € …". */
    static String sentence(Flow f, Figures figures) {
        return f.customers() + (f.customers() == 1 ? " customer" : " customers") + " worth "
                + figures.money(f.value()) + " moved from " + f.from() + " to " + f.to();
    }

    /** The snapshot rows of {@code snapshots} (the table or an alias of it) of one workspace and date. */
    private static Condition on(Table<?> snapshots, WorkspaceId workspace, LocalDate date) {
        return snapshots.field(Snapshots.WORKSPACE_ID).eq(workspace.value())
                .and(snapshots.field(Snapshots.SNAPSHOT_DATE).eq(date));
    }
}
