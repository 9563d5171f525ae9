package com.scudo.customer360.internal;

import com.scudo.money.Money;
import com.scudo.shared.DisplayName;
import com.scudo.analytics.AnalyticsSettings;
import com.scudo.analytics.CustomerMatch;
import com.scudo.analytics.ScoredCustomers;
import com.scudo.audit.AuditAction;
import com.scudo.audit.AuditSubject;
import com.scudo.audit.AuditTrail;
import com.scudo.customer.CustomerProfile;
import com.scudo.customer.Interaction;
import com.scudo.customer.Order;
import com.scudo.customer.OrderFlag;
import com.scudo.customer.RealtimeCounters;
import com.scudo.customer.RealtimeMetrics;
import com.scudo.customer360.Customer360;
import com.scudo.customer360.Customer360Result;
import com.scudo.customer360.Customer360Views;
import com.scudo.customer360.CustomerCandidate;
import com.scudo.customer360.CustomerLookup;
import com.scudo.customer360.CustomerPage;
import com.scudo.customer360.Freshness;
import com.scudo.customer360.Overview;
import com.scudo.ingest.PendingCopies;
import com.scudo.recommendation.Recommendation;
import com.scudo.shared.CustomerId;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.InvalidValueException;
import com.scudo.shared.NotFoundException;
import com.scudo.shared.WorkspaceId;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Builds the 360 view from both stores at once: the operational reads run on the view pool while this
 * thread reads the analytical store, so a view costs the slower of the two, not their sum.
 */
@Service
class Customer360Service implements Customer360Views {
    /** Old ids and e-mails of merged-away customers find the customer they were merged into. */
    private final com.scudo.shared.CustomerAliases aliases;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_QUERY = 320;

    private final OperationalPart operationalPart;
    private final AnalyticalPart analyticalPart;
    private final RealtimeMetrics realtime;
    private final CustomerDirectory directory;
    private final ScoredCustomers customers;
    private final OverviewReader overviews;
    private final AnalyticsSettings settings;
    private final Executor pool;
    private final Clock clock;
    private final AuditTrail audit;
    private final ViewMeters meters;
    private final Money money;
    private final PendingCopies pendingCopies;

    Customer360Service(OperationalPart operationalPart, AnalyticalPart analyticalPart, RealtimeMetrics realtime, CustomerDirectory directory,
                       ScoredCustomers customers, OverviewReader overviews,
                       AnalyticsSettings settings, ViewPool pool, Clock clock, AuditTrail audit, ViewMeters meters,
                       com.scudo.shared.CustomerAliases aliases, Money money,
                       PendingCopies pendingCopies) {
        this.money = money;
        this.pendingCopies = pendingCopies;
        this.operationalPart = operationalPart;
        this.analyticalPart = analyticalPart;
        this.aliases = aliases;
        this.realtime = realtime;
        this.directory = directory;
        this.customers = customers;
        this.overviews = overviews;
        this.settings = settings;
        this.pool = pool.executor();
        this.clock = clock;
        this.audit = audit;
        this.meters = meters;
    }

    @Override
    public Customer360 view(WorkspaceId workspace, CustomerId customer) {
        long started = System.nanoTime();
        try {
            Customer360 view = assemble(workspace, customer);
            meters.found(started);
            return view;
        } catch (NotFoundException e) {
            meters.notFound(started);
            throw e;
        } catch (RuntimeException e) {
            meters.failed(started);
            throw e;
        }
    }

    private Customer360 assemble(WorkspaceId workspace, CustomerId customer) {
        // What this server acknowledged but has not copied to the operational store yet shows too (read your writes).
        // Read before the store: a record copied after this read is in the store's read, one copied before it is
        // here; read after, a copy landing between the two reads would be missed by both.
        PendingCopies.Pending waiting = pendingCopies.of(workspace, customer);
        // A held part costs nothing to fetch; only a miss is handed to the view pool beside the analytical reads.
        OperationalPart.Part held = operationalPart.held(workspace, customer);
        CompletableFuture<OperationalPart.Part> operational = held != null ? CompletableFuture.completedFuture(held)
                : CompletableFuture.supplyAsync(() -> operationalPart.read(workspace, customer), pool);
        AnalyticalPart.Held analytical = analyticalPart.read(workspace, customer);
        AnalyticsParts parts = analytical.parts();
        List<Recommendation> open = analytical.open();
        OperationalPart.Part stored = OwnWrites.merge(join(operational), waiting);
        List<Interaction> recent = stored.interactions();
        Optional<CustomerProfile> profile = stored.stored().profile();
        if (profile.isEmpty() && !parts.known()) {
            throw new NotFoundException("No customer " + customer.value() + " in this workspace");
        }
        // Every 360 read (REST, dashboard page, CLI) passes here: the one place that audits who looked.
        audit.recordRead(workspace, AuditAction.CUSTOMER_VIEWED, AuditSubject.customer(customer));
        Freshness recs = parts.scores() == null ? Freshness.notComputed() : parts.scores().freshness();
        return new Customer360(customer.value(), clock.instant(), money.reportingCurrency(workspace), profile.map(Customer360Service::profile).orElse(null),
                timeline(stored.orders()), activity(recent), live(stored.stored().counters()), parts.scores(),
                parts.behaviour(), parts.segments(), parts.trends(), new Customer360.OpenRecommendations(open, recs));
    }

    @Override
    public Customer360 viewByIdOrEmail(WorkspaceId workspace, String idOrEmail) {
        String text = idOrEmail == null ? "" : idOrEmail.trim();
        if (EMAIL.matcher(text).matches() && text.length() <= MAX_QUERY) {
            Optional<CustomerId> id = customers.byEmail(workspace, text);
            if (id.isPresent()) {
                return view(workspace, id.get());
            }
            Optional<CustomerId> merged = aliases.survivorOfEmail(workspace, text);
            if (merged.isPresent()) {
                return view(workspace, merged.get());
            }
            if (!CustomerId.isValid(text)) {
                throw new NotFoundException("No customer with e-mail " + text + " in this workspace");
            }
        }
        if (!CustomerId.isValid(text)) {
            throw new InvalidValueException("customer id", text,
                    "a customer id (1-64 letters, digits or . _ : @ -) or an e-mail address");
        }
        return view(workspace, aliases.current(workspace, CustomerId.of(text)));
    }

    @Override
    public CustomerLookup lookup(WorkspaceId workspace, String text) {
        String query = text == null ? "" : text.trim();
        if (query.isEmpty() || query.length() > MAX_QUERY) {
            throw new InvalidInputException("q", "give a customer id, an e-mail or (part of) a name, at most "
                    + MAX_QUERY + " characters");
        }
        // The one look-up the assistant and the command line use too: a name means the same customer everywhere.
        CustomerMatch match = customers.lookup(workspace, query);
        return new CustomerLookup(query, match.resolved() ? match.found().customerId() : null, match.matchedBy(),
                match.candidates().stream().map(c -> new CustomerCandidate(c.customerId(), DisplayName.of(c.name(), c.email(), c.customerId()), c.email(), c.city(),
                        c.totalSpent())).toList());
    }

    @Override
    public Customer360Result find(WorkspaceId workspace, String text) {
        CustomerLookup lookup = lookup(workspace, text);
        if (lookup.resolved()) {
            return new Customer360Result(view(workspace, CustomerId.of(lookup.customerId())), List.of());
        }
        if (lookup.candidates().isEmpty()) {
            throw new NotFoundException("No customer matches '" + lookup.query() + "' in this workspace");
        }
        return new Customer360Result(null, lookup.candidates());
    }

    @Override
    public CustomerPage list(WorkspaceId workspace, String filter, String search, String sort, int limit, String cursor) {
        return directory.list(workspace, filter, search, sort, limit, cursor, today());
    }

    @Override
    public Overview overview(WorkspaceId workspace) {
        CompletableFuture<RealtimeCounters> counters = CompletableFuture.supplyAsync(
                () -> realtime.forDay(workspace, today()), pool);
        Overview figures = overviews.read(workspace, BigDecimal.valueOf(settings.lifecycle().atRiskChurn()));
        RealtimeCounters day = join(counters);
        Overview.Today today = new Overview.Today(today(), day.orders(), day.revenue(), day.interactions(), "live");
        return new Overview(figures.currency(), figures.customers(), figures.scoredCustomers(), figures.revenue(), figures.atRiskChurn(),
                figures.atRiskCustomers(), figures.revenueAtRisk(), figures.atRiskPastSpend(), figures.averageChurn(),
                figures.totalClv(), figures.lifecycles(), figures.segments(), today, figures.asOf(), figures.computedAt(),
                figures.trend());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private static Customer360.Profile profile(CustomerProfile p) {
        CustomerProfile.Preferences prefs = p.preferences();
        return new Customer360.Profile(DisplayName.of(p.name(), p.email(), p.id().value()), p.email(), p.phone(), p.company(), p.address().city(),
                p.address().region(), p.address().country(),
                new Customer360.Preferences(prefs.channel(), prefs.categories(), prefs.emailOptIn(), prefs.smsOptIn()),
                p.tags(), p.createdAt(), p.updatedAt(), Freshness.realTime());
    }

    private static Customer360.OrderTimeline timeline(List<Order> newestFirst) {
        List<Customer360.OrderLine> lines = newestFirst.stream().limit(TIMELINE_LIMIT)
                .map(o -> new Customer360.OrderLine(o.id().value(), o.orderedAt(), o.amount(), o.currency(), o.discount(),
                        o.channel().label(), o.items().stream().mapToInt(Order.OrderItem::quantity).sum(), o.categories(),
                        o.flags().stream().map(OrderFlag::label).sorted().toList()))
                .toList();
        return new Customer360.OrderTimeline(lines, newestFirst.size() > TIMELINE_LIMIT, Freshness.realTime());
    }

    private static Customer360.Interactions activity(List<Interaction> newestFirst) {
        List<Customer360.InteractionLine> lines = newestFirst.stream().limit(TIMELINE_LIMIT)
                .map(i -> new Customer360.InteractionLine(i.type().label(), i.channel(), i.occurredAt(), i.detail()))
                .toList();
        return new Customer360.Interactions(lines, newestFirst.size() > TIMELINE_LIMIT, Freshness.realTime());
    }

    private static Customer360.Live live(RealtimeCounters c) {
        return new Customer360.Live(c.orders(), c.revenue(), c.interactions(), c.lastSeen(), Freshness.realTime());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
