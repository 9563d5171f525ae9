package com.scudo.recommendation.internal;

import com.scudo.money.Money;
import com.scudo.recommendation.ActionType;
import com.scudo.recommendation.GenerationSummary;
import com.scudo.recommendation.OutcomeReport;
import com.scudo.recommendation.Recommendation;
import com.scudo.recommendation.RecommendationQuery;
import com.scudo.recommendation.RecommendationStatus;
import com.scudo.recommendation.Recommendations;
import com.scudo.recommendation.SegmentAction;
import com.scudo.recommendation.StatusChange;
import com.scudo.recommendation.StatusChangeRejected;
import com.scudo.recommendation.internal.Tables.Customers;
import com.scudo.recommendation.internal.Tables.Metrics;
import com.scudo.recommendation.internal.Tables.Recs;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.jooq.Condition;
import com.scudo.recommendation.RecommendationsChanged;
import org.jooq.DSLContext;
import org.springframework.context.ApplicationEventPublisher;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@Component
class JooqRecommendations implements Recommendations {
    private static final List<org.jooq.Field<?>> COLUMNS = List.of(Recs.ID, Recs.CUSTOMER_ID, Customers.CUSTOMER_NAME,
            Recs.ACTION_TYPE, Recs.TITLE, Recs.REASON, Recs.EXPECTED_VALUE, Recs.PRIORITY, Recs.STATUS, Recs.CREATED_ON,
            Recs.GENERATED_ON, Recs.UPDATED_AT, Recs.STATUS_CHANGED_AT, Recs.ACTED_ON, Recs.OUTCOME_CHECKED_AT,
            Recs.ORDERED_AGAIN, Recs.OUTCOME_ORDERS, Recs.OUTCOME_REVENUE);

    private final DSLContext sql;
    private final RecommendationGenerator generator;
    private final OutcomeCheck outcomes;
    private final SegmentActions segments;
    private final Clock clock;
    private final Money money;

    /*
     * One customer's recommendations in one status are read on every 360 view: that statement is rendered once
     * (building and rendering the join cost more than running it).
     */
    private final String byCustomerSql;

    private final ApplicationEventPublisher events;

    JooqRecommendations(DSLContext sql, RecommendationGenerator generator, OutcomeCheck outcomes,
                        SegmentActions segments, Clock clock, Money money, ApplicationEventPublisher events) {
        this.money = money;
        this.events = events;
        this.sql = sql;
        this.generator = generator;
        this.outcomes = outcomes;
        this.segments = segments;
        this.clock = clock;
        this.byCustomerSql = sql.render(ordered(select(Recs.WORKSPACE_ID.eq(DSL.param("workspace", String.class))
                        .and(Recs.STATUS.eq(DSL.param("status", String.class)))
                        .and(Recs.CUSTOMER_ID.eq(DSL.param("customer", String.class)))))
                .limit(DSL.param("limit", Integer.class)));
    }

    @Override
    public List<Recommendation> openFor(WorkspaceId workspace, CustomerId customer) {
        return forCustomer(workspace, customer, RecommendationStatus.OPEN);
    }

    @Override
    public List<Recommendation> forCustomer(WorkspaceId workspace, CustomerId customer, RecommendationStatus status) {
        if (!customerExists(workspace, customer)) {
            throw new NotFoundException("Customer '" + customer + "' does not exist");
        }
        return list(workspace, new RecommendationQuery(status, null, customer, RecommendationQuery.MAX_LIMIT));
    }

    @Override
    public List<Recommendation> list(WorkspaceId workspace, RecommendationQuery query) {
        String currency = money.reportingCurrency(workspace);
        if (query.customer() != null && query.status() != null && query.type() == null) {
            return sql.resultQuery(byCustomerSql, workspace.value(), query.status().label(), query.customer().value(),
                    query.limit()).coerce(COLUMNS).fetch(r -> toRecommendation(r, currency));
        }
        Condition where = Recs.WORKSPACE_ID.eq(workspace.value());
        if (query.status() != null) {
            where = where.and(Recs.STATUS.eq(query.status().label()));
        }
        if (query.type() != null) {
            where = where.and(Recs.ACTION_TYPE.eq(query.type().name()));
        }
        if (query.customer() != null) {
            where = where.and(Recs.CUSTOMER_ID.eq(query.customer().value()));
        }
        return ordered(select(where)).limit(query.limit()).fetch(r -> toRecommendation(r, currency));
    }

    @Override
    public Optional<Recommendation> find(WorkspaceId workspace, String recommendationId) {
        return select(Recs.WORKSPACE_ID.eq(workspace.value()).and(Recs.ID.eq(recommendationId)))
                .fetchOptional(r -> toRecommendation(r, money.reportingCurrency(workspace)));
    }

    /** True when the customer is known to the analytical store (profile or metrics). */
    private boolean customerExists(WorkspaceId workspace, CustomerId customer) {
        return sql.fetchExists(Customers.TABLE, Customers.WORKSPACE_ID.eq(workspace.value())
                .and(Customers.CUSTOMER_ID.eq(customer.value())))
                || sql.fetchExists(Metrics.TABLE, Metrics.WORKSPACE_ID.eq(workspace.value())
                .and(Metrics.CUSTOMER_ID.eq(customer.value())));
    }

    @Override
    public List<SegmentAction> bySegment(WorkspaceId workspace) {
        return segments.summarise(workspace);
    }

    @Override
    public Recommendation changeStatus(WorkspaceId workspace, String recommendationId, StatusChange change) {
        Recommendation current = find(workspace, recommendationId).orElseThrow(() ->
                new NotFoundException("Recommendation '" + recommendationId + "' does not exist"));
        RecommendationStatus target = change.status();
        if (current.status() == target) {
            return current; // a retried request changes nothing
        }
        if (!current.status().canBecome(target)) {
            throw rejected(current, target);
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        LocalDate today = now.toLocalDate();
        LocalDate actedOn = change.actedOn() == null ? today : change.actedOn();
        if (actedOn.isAfter(today)) {
            throw new InvalidInputException("actedOn", "actedOn " + actedOn + " lies in the future");
        }
        if (actedOn.isBefore(current.createdOn())) {
            throw new InvalidInputException("actedOn", "actedOn " + actedOn + " is before the recommendation was made ("
                    + current.createdOn() + ")");
        }
        boolean done = target == RecommendationStatus.DONE;
        // An action dated today happened now; one dated earlier counts from the start of that day.
        OffsetDateTime actedAt = actedOn.equals(today) ? now : actedOn.atStartOfDay().atOffset(ZoneOffset.UTC);
        int changed = sql.update(Recs.TABLE)
                .set(Recs.STATUS, target.label())
                .set(Recs.OPEN_ACTION, (String) null)
                .set(Recs.STATUS_CHANGED_AT, now)
                .set(Recs.UPDATED_AT, now)
                .set(Recs.ACTED_ON, done ? actedOn : null)
                .set(Recs.ACTED_AT, done ? actedAt : null)
                .where(Recs.WORKSPACE_ID.eq(workspace.value())).and(Recs.ID.eq(recommendationId))
                .and(Recs.STATUS.eq(RecommendationStatus.OPEN.label()))
                .execute();
        Recommendation after = find(workspace, recommendationId).orElseThrow();
        if (changed > 0) {
            events.publishEvent(new RecommendationsChanged(workspace, java.util.Set.of(CustomerId.of(after.customerId()))));
        }
        if (changed == 0 && after.status() != target) {
            throw rejected(after, target); // someone else closed it meanwhile
        }
        return after;
    }

    @Override
    public OutcomeReport outcomes(WorkspaceId workspace) {
        return outcomes.report(workspace);
    }

    @Override
    public GenerationSummary generate(WorkspaceId workspace, LocalDate asOf) {
        GenerationSummary summary = generator.generate(workspace, asOf, null);
        outcomes.refresh(workspace);
        events.publishEvent(RecommendationsChanged.wholeWorkspace(workspace));
        return summary;
    }

    @Override
    public GenerationSummary generateFor(WorkspaceId workspace, java.util.Collection<CustomerId> customers, LocalDate asOf) {
        GenerationSummary summary = generator.generate(workspace, asOf, customers);
        events.publishEvent(new RecommendationsChanged(workspace, java.util.Set.copyOf(customers)));
        return summary;
    }

    private static StatusChangeRejected rejected(Recommendation current, RecommendationStatus target) {
        return new StatusChangeRejected("Recommendation '" + current.id() + "' is already " + current.status().label()
                + "; it cannot become " + target.label() + " (only open recommendations change status)");
    }

    private static org.jooq.SelectLimitStep<? extends Record> ordered(org.jooq.SelectConditionStep<? extends Record> select) {
        return select.orderBy(Recs.PRIORITY, Recs.EXPECTED_VALUE.desc(), Recs.CUSTOMER_ID, Recs.ACTION_TYPE, Recs.ID);
    }

    private org.jooq.SelectConditionStep<? extends Record> select(Condition where) {
        return sql.select(COLUMNS)
                .from(Recs.TABLE)
                .leftJoin(Customers.TABLE).on(Customers.WORKSPACE_ID.eq(Recs.WORKSPACE_ID)
                        .and(Customers.CUSTOMER_ID.eq(Recs.CUSTOMER_ID)))
                .where(where);
    }

    private static Recommendation toRecommendation(Record r, String currency) {
        Recommendation.Outcome outcome = r.get(Recs.OUTCOME_CHECKED_AT) == null ? null
                : new Recommendation.Outcome(Boolean.TRUE.equals(r.get(Recs.ORDERED_AGAIN)),
                r.get(Recs.OUTCOME_ORDERS) == null ? 0 : r.get(Recs.OUTCOME_ORDERS), r.get(Recs.OUTCOME_REVENUE),
                r.get(Recs.OUTCOME_CHECKED_AT).toInstant());
        return new Recommendation(r.get(Recs.ID), r.get(Recs.CUSTOMER_ID), r.get(Customers.CUSTOMER_NAME),
                ActionType.valueOf(r.get(Recs.ACTION_TYPE)), r.get(Recs.TITLE), r.get(Recs.REASON),
                r.get(Recs.EXPECTED_VALUE), currency, r.get(Recs.PRIORITY), RecommendationStatus.parse(r.get(Recs.STATUS)),
                r.get(Recs.CREATED_ON), r.get(Recs.GENERATED_ON), r.get(Recs.UPDATED_AT).toInstant(),
                r.get(Recs.STATUS_CHANGED_AT) == null ? null : r.get(Recs.STATUS_CHANGED_AT).toInstant(),
                r.get(Recs.ACTED_ON), outcome);
    }
}
