package com.scudo.analytics.internal;

import com.scudo.analytics.WorkspaceScores;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static com.scudo.analytics.internal.schema.Tables.BEHAVIORAL_ANALYTICS;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_DIM;
import static com.scudo.analytics.internal.schema.Tables.CUSTOMER_METRICS;
import static com.scudo.analytics.internal.schema.Tables.INTERACTION_FACTS;
import static com.scudo.analytics.internal.schema.Tables.METRIC_SNAPSHOTS;
import static com.scudo.analytics.internal.schema.Tables.ORDER_FACTS;

/**
 * Aggregates over a workspace's scores and orders; the revenue per day is one query over order_facts'
 * (workspace, ordered_at) index, a few years being about a thousand rows, in the shop's time zone.
 */
@Component
class WorkspaceScoreReads implements WorkspaceScores {
    private final DSLContext sql;

    WorkspaceScoreReads(DSLContext sql) {
        this.sql = sql;
    }

    @Override
    public Totals totals(WorkspaceId workspace) {
        var m = CUSTOMER_METRICS;
        long customers = sql.fetchCount(CUSTOMER_DIM, CUSTOMER_DIM.WORKSPACE_ID.eq(workspace.value()));
        Record r = sql.select(DSL.count(), DSL.sum(m.TOTAL_SPENT), DSL.avg(m.CHURN), DSL.sum(m.CLV), DSL.max(m.AS_OF),
                DSL.max(m.COMPUTED_AT)).from(m).where(m.WORKSPACE_ID.eq(workspace.value())).fetchOne();
        return new Totals(customers, r.get(0, Long.class), r.get(1, BigDecimal.class), r.get(2, BigDecimal.class),
                r.get(3, BigDecimal.class), r.get(4, LocalDate.class), r.get(5, OffsetDateTime.class));
    }

    @Override
    public List<Lifecycle> lifecycles(WorkspaceId workspace) {
        var m = CUSTOMER_METRICS;
        return sql.select(m.LIFECYCLE, DSL.count(), DSL.sum(m.TOTAL_SPENT), DSL.sum(m.CLV)).from(m)
                .where(m.WORKSPACE_ID.eq(workspace.value())).groupBy(m.LIFECYCLE)
                .orderBy(DSL.count().desc(), m.LIFECYCLE)
                .fetch(r -> new Lifecycle(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    @Override
    public List<DailyRevenue> revenueByDay(WorkspaceId workspace, ZoneId zone) {
        // Casting a timestamp with time zone to a date would use the session's zone on H2, so the day is taken apart
        // with extract, which reads the fields in the zone given on both H2 and PostgreSQL (a checked id, inlined).
        Field<Integer> year = local("year", zone);
        Field<Integer> month = local("month", zone);
        Field<Integer> day = local("day", zone);
        return sql.select(year, month, day, DSL.count(), DSL.sum(ORDER_FACTS.AMOUNT)).from(ORDER_FACTS)
                .where(ORDER_FACTS.WORKSPACE_ID.eq(workspace.value()))
                .groupBy(year, month, day).orderBy(year, month, day)
                .fetch(r -> new DailyRevenue(LocalDate.of(r.value1(), r.value2(), r.value3()), r.value4(), r.value5()));
    }

    private static Field<Integer> local(String part, ZoneId zone) {
        return DSL.field("extract(" + part + " from ({0} at time zone {1}))", Integer.class, ORDER_FACTS.ORDERED_AT,
                DSL.inline(sqlZone(zone)));
    }

    /**
     * A zone name both databases read the same way. A fixed offset is written as its Etc/GMT zone (whose sign is
     * inverted by convention), because PostgreSQL reads "+02:00" as a POSIX zone, two hours the other way; an offset
     * that is not whole hours has no such name and falls back to UTC.
     */
    static String sqlZone(ZoneId zone) {
        ZoneId normalised = zone.normalized();
        if (!(normalised instanceof ZoneOffset offset)) {
            return zone.getId();
        }
        int seconds = offset.getTotalSeconds();
        if (seconds == 0 || seconds % 3600 != 0) {
            return "UTC";
        }
        int hours = seconds / 3600;
        return "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.abs(hours);
    }

    @Override
    public java.util.SortedSet<String> categories(WorkspaceId workspace) {
        // Each row holds a customer's set as "|a|b|": few distinct sets even in a big shop, split here.
        java.util.SortedSet<String> all = new java.util.TreeSet<>();
        sql.selectDistinct(BEHAVIORAL_ANALYTICS.CATEGORIES).from(BEHAVIORAL_ANALYTICS)
                .where(BEHAVIORAL_ANALYTICS.WORKSPACE_ID.eq(workspace.value())).and(BEHAVIORAL_ANALYTICS.CATEGORIES.isNotNull())
                .fetch(BEHAVIORAL_ANALYTICS.CATEGORIES)
                .forEach(set -> all.addAll(categoriesOf(set)));
        return all;
    }

    @Override
    public List<CategoryRevenue> revenueByCategory(WorkspaceId workspace, ZoneId zone, LocalDate from, LocalDate until) {
        return revenueByCategory(workspace, zone, from, until, null);
    }

    @Override
    public List<CategoryRevenue> revenueByCategory(WorkspaceId workspace, ZoneId zone, LocalDate from, LocalDate until,
                                                   org.jooq.Select<org.jooq.Record1<String>> customerIds) {
        org.jooq.Condition of = customerIds == null ? DSL.noCondition() : ORDER_FACTS.CUSTOMER_ID.in(customerIds);
        // An order holds its categories as "|a|b|": few distinct sets, summed by set in the database and split here.
        java.util.Map<String, long[]> orders = new java.util.HashMap<>();
        java.util.Map<String, BigDecimal> revenue = new java.util.HashMap<>();
        sql.select(ORDER_FACTS.CATEGORIES, DSL.count(), DSL.coalesce(DSL.sum(ORDER_FACTS.AMOUNT), BigDecimal.ZERO))
                .from(ORDER_FACTS).where(period(workspace, zone, from, until)).and(of).and(ORDER_FACTS.CATEGORIES.isNotNull())
                .groupBy(ORDER_FACTS.CATEGORIES)
                .forEach(r -> categoriesOf(r.value1()).forEach(c -> {
                    orders.computeIfAbsent(c, k -> new long[1])[0] += r.value2();
                    revenue.merge(c, r.value3(), BigDecimal::add);
                }));
        return revenue.entrySet().stream()
                .map(e -> new CategoryRevenue(e.getKey(), orders.get(e.getKey())[0], e.getValue()))
                .sorted(java.util.Comparator.comparing(CategoryRevenue::revenue).reversed()
                        .thenComparing(CategoryRevenue::category))
                .toList();
    }

    @Override
    public List<PlaceCustomers> customersByPlace(WorkspaceId workspace, String level) {
        Field<String> place = switch (level) {
            case "region" -> CUSTOMER_DIM.REGION;
            case "country" -> CUSTOMER_DIM.COUNTRY;
            case "city" -> CUSTOMER_DIM.CITY;
            default -> throw new IllegalArgumentException("no place level " + level);
        };
        Field<String> key = DSL.lower(DSL.trim(place));
        return sql.select(DSL.max(DSL.trim(place)), DSL.count(), DSL.coalesce(DSL.sum(CUSTOMER_METRICS.TOTAL_SPENT), BigDecimal.ZERO))
                .from(CUSTOMER_DIM).leftJoin(CUSTOMER_METRICS).on(CUSTOMER_METRICS.WORKSPACE_ID.eq(CUSTOMER_DIM.WORKSPACE_ID))
                .and(CUSTOMER_METRICS.CUSTOMER_ID.eq(CUSTOMER_DIM.CUSTOMER_ID))
                .where(CUSTOMER_DIM.WORKSPACE_ID.eq(workspace.value())).and(place.isNotNull()).and(key.ne(""))
                .groupBy(key).orderBy(DSL.count().desc(), key.asc())
                .fetch(r -> new PlaceCustomers(r.value1(), r.value2(), r.value3()));
    }

    @Override
    public List<Purchase> newestPurchases(WorkspaceId workspace, com.scudo.shared.CustomerId customer, int limit) {
        return sql.select(ORDER_FACTS.ORDER_ID, ORDER_FACTS.ORDERED_AT, ORDER_FACTS.AMOUNT, ORDER_FACTS.CHANNEL,
                        ORDER_FACTS.CATEGORIES, ORDER_FACTS.ITEM_COUNT)
                .from(ORDER_FACTS).where(ORDER_FACTS.WORKSPACE_ID.eq(workspace.value()))
                .and(ORDER_FACTS.CUSTOMER_ID.eq(customer.value()))
                .orderBy(ORDER_FACTS.ORDERED_AT.desc(), ORDER_FACTS.ORDER_ID.desc()).limit(limit)
                .fetch(r -> new Purchase(r.value1(), r.value2().toInstant(), r.value3(), r.value4(),
                        categoriesOf(r.value5()), r.value6() == null ? 0 : r.value6()));
    }

    @Override
    public BigDecimal medianOrderValue(WorkspaceId workspace) {
        return sql.select(DSL.percentileCont(0.5).withinGroupOrderBy(ORDER_FACTS.AMOUNT)).from(ORDER_FACTS)
                .where(ORDER_FACTS.WORKSPACE_ID.eq(workspace.value())).fetchOne(0, BigDecimal.class);
    }

    @Override
    public Interactions interactions(WorkspaceId workspace, ZoneId zone, LocalDate from, LocalDate until) {
        org.jooq.Condition in = INTERACTION_FACTS.WORKSPACE_ID.eq(workspace.value());
        if (from != null) {
            in = in.and(INTERACTION_FACTS.OCCURRED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()));
        }
        if (until != null) {
            in = in.and(INTERACTION_FACTS.OCCURRED_AT.lt(until.atStartOfDay(zone).toOffsetDateTime()));
        }
        List<InteractionCount> byKind = sql.select(INTERACTION_FACTS.KIND, DSL.count(), DSL.countDistinct(INTERACTION_FACTS.CUSTOMER_ID))
                .from(INTERACTION_FACTS).where(in).groupBy(INTERACTION_FACTS.KIND)
                .orderBy(DSL.count().desc(), INTERACTION_FACTS.KIND.asc())
                .fetch(r -> new InteractionCount(r.value1(), r.value2(), r.value3()));
        Record all = sql.select(DSL.count(), DSL.countDistinct(INTERACTION_FACTS.CUSTOMER_ID)).from(INTERACTION_FACTS).where(in)
                .fetchOne();
        return new Interactions(all.get(0, Long.class), all.get(1, Long.class), byKind);
    }

    @Override
    public WithoutOrder contactedWithoutOrder(WorkspaceId workspace, ZoneId zone, List<String> kinds, LocalDate from,
                                              LocalDate until) {
        var contacts = sql.select(INTERACTION_FACTS.CUSTOMER_ID, DSL.count().as("contacts"),
                        DSL.min(INTERACTION_FACTS.OCCURRED_AT).as("first_at"))
                .from(INTERACTION_FACTS)
                .where(INTERACTION_FACTS.WORKSPACE_ID.eq(workspace.value()).and(INTERACTION_FACTS.KIND.in(kinds))
                        .and(INTERACTION_FACTS.OCCURRED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()))
                        .and(INTERACTION_FACTS.OCCURRED_AT.lt(until.atStartOfDay(zone).toOffsetDateTime())))
                .groupBy(INTERACTION_FACTS.CUSTOMER_ID).asTable("contacted");
        Field<String> customer = contacts.field(INTERACTION_FACTS.CUSTOMER_ID);
        Field<Integer> count = contacts.field("contacts", Integer.class);
        Field<OffsetDateTime> first = contacts.field("first_at", OffsetDateTime.class);
        // whether each ordered from the first contact on, through the (workspace, customer, time) index: one pass gives
        // both the count of all who made such a contact and those without an order since
        Field<Boolean> orderedSince = DSL.field(DSL.exists(DSL.selectOne().from(ORDER_FACTS)
                .where(ORDER_FACTS.WORKSPACE_ID.eq(workspace.value()).and(ORDER_FACTS.CUSTOMER_ID.eq(customer))
                        .and(ORDER_FACTS.ORDERED_AT.ge(first)))));
        var rows = sql.select(customer, count, first, orderedSince).from(contacts)
                .orderBy(count.desc(), customer.asc()).fetch();
        List<Contacted> without = rows.stream().filter(r -> !r.value4())
                .map(r -> new Contacted(r.value1(), r.value2(), r.value3().atZoneSameInstant(zone).toLocalDate())).toList();
        return new WithoutOrder(rows.size(), without);
    }

    @Override
    public List<ScoresOn> scoresSince(WorkspaceId workspace, LocalDate from) {
        var s = METRIC_SNAPSHOTS;
        org.jooq.Condition shop = s.WORKSPACE_ID.eq(workspace.value());
        // the scores as they stood on {@code from} (the last run on or before it), else the first after it
        LocalDate first = sql.select(DSL.coalesce(
                        DSL.field(DSL.select(DSL.max(s.SNAPSHOT_DATE)).from(s).where(shop.and(s.SNAPSHOT_DATE.le(from)))),
                        DSL.field(DSL.select(DSL.min(s.SNAPSHOT_DATE)).from(s).where(shop.and(s.SNAPSHOT_DATE.gt(from))))))
                .fetchOne(0, LocalDate.class);
        LocalDate last = sql.select(DSL.max(s.SNAPSHOT_DATE)).from(s).where(shop).fetchOne(0, LocalDate.class);
        if (first == null || last == null) {
            return List.of();
        }
        return sql.select(s.SNAPSHOT_DATE, DSL.count(), DSL.avg(s.CHURN), DSL.sum(s.CLV),
                        DSL.count().filterWhere(s.LIFECYCLE.eq(com.scudo.analytics.AtRisk.STAGE)),
                        DSL.count().filterWhere(s.LIFECYCLE.eq(com.scudo.analytics.AtRisk.DORMANT)))
                .from(s).where(shop.and(s.SNAPSHOT_DATE.in(first, last)))
                .groupBy(s.SNAPSHOT_DATE).orderBy(s.SNAPSHOT_DATE)
                .fetch(r -> new ScoresOn(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    @Override
    public long customersWhoOrdered(WorkspaceId workspace, ZoneId zone, LocalDate from, LocalDate until) {
        return sql.select(DSL.countDistinct(ORDER_FACTS.CUSTOMER_ID)).from(ORDER_FACTS).where(period(workspace, zone, from, until))
                .fetchOne(0, Long.class);
    }

    @Override
    public OrderGaps orderGaps(WorkspaceId workspace) {
        var gap = BEHAVIORAL_ANALYTICS.AVG_DAYS_BETWEEN_ORDERS;
        Record r = sql.select(DSL.count(gap), DSL.avg(gap), DSL.percentileCont(0.5).withinGroupOrderBy(gap))
                .from(BEHAVIORAL_ANALYTICS).where(BEHAVIORAL_ANALYTICS.WORKSPACE_ID.eq(workspace.value()))
                .and(gap.isNotNull()).fetchOne();
        return new OrderGaps(r.get(0, Long.class), r.get(1, BigDecimal.class), r.get(2, BigDecimal.class));
    }

    /** The categories of a stored set ("|a|b|"), each once; none for null. */
    private static List<String> categoriesOf(String set) {
        return com.scudo.shared.DelimitedSet.values(set);
    }

    /** The workspace's orders, from {@code from} up to {@code until} (the shop's days in {@code zone}) when given. */
    private static org.jooq.Condition period(WorkspaceId workspace, ZoneId zone, LocalDate from, LocalDate until) {
        org.jooq.Condition in = ORDER_FACTS.WORKSPACE_ID.eq(workspace.value());
        if (from != null) {
            in = in.and(ORDER_FACTS.ORDERED_AT.ge(from.atStartOfDay(zone).toOffsetDateTime()));
        }
        if (until != null) {
            in = in.and(ORDER_FACTS.ORDERED_AT.lt(until.atStartOfDay(zone).toOffsetDateTime()));
        }
        return in;
    }

    @Override
    public List<ChannelRevenue> revenueByChannel(WorkspaceId workspace, ZoneId zone, LocalDate from, LocalDate until) {
        org.jooq.Condition in = period(workspace, zone, from, until);
        var revenue = DSL.coalesce(DSL.sum(ORDER_FACTS.AMOUNT), java.math.BigDecimal.ZERO);
        return sql.select(ORDER_FACTS.CHANNEL, DSL.count(), revenue).from(ORDER_FACTS).where(in)
                .groupBy(ORDER_FACTS.CHANNEL).orderBy(revenue.desc(), ORDER_FACTS.CHANNEL)
                .fetch(r -> new ChannelRevenue(r.value1(), r.value2(), r.value3()));
    }
}
