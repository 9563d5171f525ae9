package com.scudo.money.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.scudo.money.Currencies;
import com.scudo.money.ExchangeRate;
import com.scudo.money.ExchangeRatesLoaded;
import com.scudo.money.Money;
import com.scudo.shared.ConflictException;
import com.scudo.shared.InvalidInputException;
import com.scudo.shared.WorkspaceId;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rates and the reporting currency in the analytical store. Both are read on every order, so they are
 * cached per workspace (and per currency) and dropped when changed here; another instance's change shows
 * after at most a minute.
 */
@Component
class JooqMoney implements Money {
    private static final Table<?> RATES = DSL.table(DSL.name("exchange_rates"));
    private static final Field<String> WORKSPACE = DSL.field(DSL.name("workspace_id"), SQLDataType.VARCHAR);
    private static final Field<String> CURRENCY = DSL.field(DSL.name("currency"), SQLDataType.VARCHAR);
    private static final Field<LocalDate> DATE = DSL.field(DSL.name("rate_date"), SQLDataType.LOCALDATE);
    private static final Field<BigDecimal> RATE = DSL.field(DSL.name("rate"), SQLDataType.NUMERIC(24, 12));
    private static final Field<OffsetDateTime> LOADED_AT =
            DSL.field(DSL.name("loaded_at"), SQLDataType.TIMESTAMPWITHTIMEZONE);
    private static final Table<?> WORKSPACES = DSL.table(DSL.name("workspaces"));
    private static final Field<String> WORKSPACE_KEY = DSL.field(DSL.name("id"), SQLDataType.VARCHAR);
    private static final Field<String> REPORTING = DSL.field(DSL.name("reporting_currency"), SQLDataType.VARCHAR);
    private static final Table<?> LEDGER = DSL.table(DSL.name("order_ledger"));
    private static final BigDecimal MAX_RATE = new BigDecimal("1000000000");
    private static final int MAX_RATES = 100_000;
    private static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2199, 12, 31);

    private final DSLContext sql;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Cache<String, String> reporting = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(java.time.Duration.ofMinutes(1)).build();
    private final Cache<String, NavigableMap<LocalDate, BigDecimal>> rates = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(java.time.Duration.ofMinutes(1)).build();

    JooqMoney(DSLContext sql, ApplicationEventPublisher events, Clock clock) {
        this.sql = sql;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String reportingCurrency(WorkspaceId workspace) {
        return reporting.get(workspace.value(), id -> Optional.ofNullable(
                sql.select(REPORTING).from(WORKSPACES).where(WORKSPACE_KEY.eq(id)).fetchOne(REPORTING)).orElse("USD"));
    }

    @Override
    @Transactional
    public void setReportingCurrency(WorkspaceId workspace, String currency) {
        String code = Currencies.normalise("currency", currency);
        if (code.equals(reportingCurrency(workspace))) {
            return;
        }
        if (sql.fetchExists(LEDGER, WORKSPACE.eq(workspace.value()))) {
            throw new ConflictException("Workspace " + workspace.value() + " already holds orders converted to "
                    + reportingCurrency(workspace) + "; its reporting currency can no longer change");
        }
        int updated = sql.update(WORKSPACES).set(REPORTING, code).where(WORKSPACE_KEY.eq(workspace.value())).execute();
        if (updated == 0) {
            throw new InvalidInputException("workspace", "workspace " + workspace.value() + " is not registered");
        }
        reporting.invalidate(workspace.value());
    }

    @Override
    public Optional<BigDecimal> rate(WorkspaceId workspace, String currency, LocalDate date) {
        if (currency.equals(reportingCurrency(workspace))) {
            return Optional.of(BigDecimal.ONE);
        }
        NavigableMap<LocalDate, BigDecimal> dated = rates.get(workspace.value() + "/" + currency, key -> {
            TreeMap<LocalDate, BigDecimal> map = new TreeMap<>();
            sql.select(DATE, RATE).from(RATES).where(WORKSPACE.eq(workspace.value())).and(CURRENCY.eq(currency))
                    .fetch().forEach(r -> map.put(r.value1(), r.value2()));
            return map;
        });
        return Optional.ofNullable(dated.floorEntry(date)).map(Map.Entry::getValue);
    }

    @Override
    @Transactional
    public int load(WorkspaceId workspace, List<ExchangeRate> loaded) {
        String reportingCode = reportingCurrency(workspace);
        if (loaded.size() > MAX_RATES) {
            throw new InvalidInputException("rates", "at most " + MAX_RATES + " rates per request, not " + loaded.size());
        }
        List<InvalidInputException.FieldProblem> problems = new java.util.ArrayList<>();
        for (int i = 0; i < loaded.size(); i++) {
            ExchangeRate r = loaded.get(i);
            String at = "rates[" + i + "]";
            if (r == null) {
                problems.add(new InvalidInputException.FieldProblem(at, "a rate needs currency, date and rate"));
                continue;
            }
            if (r.currency() == null || !Currencies.isKnown(r.currency().trim().toUpperCase(java.util.Locale.ROOT))) {
                problems.add(new InvalidInputException.FieldProblem(at + ".currency", Currencies.problem(r.currency())));
            } else if (r.currency().trim().equalsIgnoreCase(reportingCode)) {
                problems.add(new InvalidInputException.FieldProblem(at + ".currency",
                        r.currency() + " is the reporting currency; it needs no rate"));
            }
            if (r.date() == null || r.date().isBefore(FIRST_DATE) || r.date().isAfter(LAST_DATE)) {
                problems.add(new InvalidInputException.FieldProblem(at + ".date",
                        "date is required (YYYY-MM-DD), between " + FIRST_DATE + " and " + LAST_DATE));
            }
            if (r.rate() == null || r.rate().signum() <= 0 || r.rate().compareTo(MAX_RATE) >= 0) {
                problems.add(new InvalidInputException.FieldProblem(at + ".rate",
                        "rate must be a positive number below 1,000,000,000 (1 unit of the currency in " + reportingCode + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC));
        TreeSet<String> currencies = new TreeSet<>();
        var queries = loaded.stream().map(r -> {
            String code = r.currency().trim().toUpperCase(java.util.Locale.ROOT);
            currencies.add(code);
            return sql.mergeInto(RATES).using(DSL.selectOne())
                    .on(WORKSPACE.eq(workspace.value()).and(CURRENCY.eq(code)).and(DATE.eq(r.date())))
                    .whenMatchedThenUpdate().set(RATE, r.rate().setScale(12, java.math.RoundingMode.HALF_EVEN)).set(LOADED_AT, now)
                    .whenNotMatchedThenInsert(WORKSPACE, CURRENCY, DATE, RATE, LOADED_AT)
                    .values(workspace.value(), code, r.date(), r.rate().setScale(12, java.math.RoundingMode.HALF_EVEN), now);
        }).toList();
        if (!queries.isEmpty()) {
            sql.batch(queries).execute();
        }
        currencies.forEach(code -> rates.invalidate(workspace.value() + "/" + code));
        events.publishEvent(new ExchangeRatesLoaded(workspace, currencies));
        return loaded.size();
    }

    @Override
    public List<ExchangeRate> rates(WorkspaceId workspace) {
        return sql.select(CURRENCY, DATE, RATE).from(RATES).where(WORKSPACE.eq(workspace.value()))
                .orderBy(CURRENCY, DATE).fetch(r -> new ExchangeRate(r.value1(), r.value2(), r.value3().stripTrailingZeros()));
    }
}
