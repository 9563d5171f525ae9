package com.scudo.analytics.internal;

import com.scudo.analytics.model.ModelChoice;
import com.scudo.analytics.model.ModelFit;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import static com.scudo.analytics.internal.MetricTables.MODEL_CHOICES;
import static com.scudo.analytics.internal.MetricTables.MODEL_FITS;

/** Every fit is kept (model_fits), so the numbers can be traced to the parameters they came from. */
@Component
class ModelStore {
    static final String RFM = "RFM";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Field<String> WORKSPACE = MetricTables.text("workspace_id");
    private static final Field<String> MODEL = MetricTables.text("model");
    private static final Field<OffsetDateTime> FITTED_AT = MetricTables.time("fitted_at");
    private static final Field<LocalDate> AS_OF = MetricTables.date("as_of");
    private static final Field<String> PARAMETERS = MetricTables.text("parameters");
    private static final Field<String> STD_ERRORS = MetricTables.text("std_errors");
    private static final Field<String> COVARIANCE = MetricTables.text("covariance");
    private static final Field<Double> LOG_LIKELIHOOD = MetricTables.real("log_likelihood");
    private static final Field<Integer> CUSTOMERS = MetricTables.integer("customers");
    private static final Field<Boolean> USED_PRIOR = MetricTables.flag("used_prior");
    private static final Field<Boolean> CONVERGED = MetricTables.flag("converged");
    private static final Field<Integer> ITERATIONS = MetricTables.integer("iterations");
    private static final Field<String> NOTE = MetricTables.text("note");
    private static final Field<String> CHOSEN = MetricTables.text("chosen_model");
    private static final Field<String> HOLDOUT_CHECK = MetricTables.text("holdout_check");

    private static final List<Field<?>> COLUMNS = List.of(MODEL, FITTED_AT, AS_OF, PARAMETERS, STD_ERRORS, COVARIANCE,
            LOG_LIKELIHOOD, CUSTOMERS, USED_PRIOR, CONVERGED, ITERATIONS, NOTE);

    private final DSLContext sql;
    private final ModelFitMeters meters;

    ModelStore(DSLContext sql, ModelFitMeters meters) {
        this.sql = sql;
        this.meters = meters;
    }

    /** A fit as stored, with when and as of which date it was made. */
    record StoredFit(ModelFit fit, OffsetDateTime fittedAt, LocalDate asOf) {
    }

    /** Two runs started at the same instant (a pinned clock, back-to-back demo runs): the later one's fit is kept. */
    void save(String workspace, LocalDate asOf, OffsetDateTime fittedAt, ModelFit fit) {
        sql.deleteFrom(MODEL_FITS).where(WORKSPACE.eq(workspace)).and(MODEL.eq(fit.model())).and(FITTED_AT.eq(fittedAt))
                .execute();
        sql.insertInto(MODEL_FITS)
                .set(WORKSPACE, workspace).set(MODEL, fit.model()).set(FITTED_AT, fittedAt).set(AS_OF, asOf)
                .set(PARAMETERS, JSON.writeValueAsString(fit.parameters()))
                .set(STD_ERRORS, fit.standardErrors() == null ? null : JSON.writeValueAsString(fit.standardErrors()))
                .set(COVARIANCE, fit.covariance() == null ? null : JSON.writeValueAsString(fit.covariance()))
                .set(LOG_LIKELIHOOD, Double.isFinite(fit.logLikelihood()) ? fit.logLikelihood() : null)
                .set(CUSTOMERS, fit.customers()).set(USED_PRIOR, fit.usedPrior()).set(CONVERGED, fit.converged())
                .set(ITERATIONS, fit.iterations()).set(NOTE, truncate(fit.note()))
                .execute();
        meters.fitted(workspace, fit);
    }

    /** The choice of a run is kept with the run's fits (same {@code fittedAt}). */
    record StoredChoice(ModelChoice choice, OffsetDateTime fittedAt, LocalDate asOf) {
    }

    void saveChoice(String workspace, LocalDate asOf, OffsetDateTime fittedAt, ModelChoice choice) {
        sql.deleteFrom(MODEL_CHOICES).where(WORKSPACE.eq(workspace)).and(FITTED_AT.eq(fittedAt)).execute();
        sql.insertInto(MODEL_CHOICES).set(WORKSPACE, workspace).set(FITTED_AT, fittedAt).set(AS_OF, asOf)
                .set(CHOSEN, choice.chosen()).set(HOLDOUT_CHECK, toJson(choice)).execute();
    }

    /** The newest choice of the workspace; empty before its first run with a choice. */
    Optional<StoredChoice> latestChoice(String workspace) {
        return sql.select(FITTED_AT, AS_OF, HOLDOUT_CHECK).from(MODEL_CHOICES).where(WORKSPACE.eq(workspace))
                .orderBy(FITTED_AT.desc()).limit(1)
                .fetchOptional(r -> new StoredChoice(choiceOf(r.get(HOLDOUT_CHECK)),
                        r.get(FITTED_AT), r.get(AS_OF)));
    }

    static String toJson(ModelChoice choice) {
        return JSON.writeValueAsString(choice);
    }

    static ModelChoice choiceOf(String json) {
        return JSON.readValue(json, ModelChoice.class);
    }

    /** The fits made by one run (same {@code fittedAt}), by model name. */
    Map<String, ModelFit> fitsOf(String workspace, OffsetDateTime fittedAt) {
        Map<String, ModelFit> fits = new TreeMap<>();
        sql.select(COLUMNS).from(MODEL_FITS).where(WORKSPACE.eq(workspace).and(FITTED_AT.eq(fittedAt)))
                .fetch(this::toStored).forEach(s -> fits.put(s.fit().model(), s.fit()));
        return fits;
    }

    /** The most recent fit of each model of the workspace, by model name. */
    List<StoredFit> latest(String workspace) {
        Map<String, StoredFit> newest = new TreeMap<>();
        sql.select(COLUMNS).from(MODEL_FITS).where(WORKSPACE.eq(workspace)).orderBy(FITTED_AT.desc()).limit(200)
                .fetch(this::toStored).forEach(s -> newest.putIfAbsent(s.fit().model(), s));
        return List.copyOf(newest.values());
    }

    /** Every fit of one model, newest first. */
    List<StoredFit> history(String workspace, String model, int limit) {
        return sql.select(COLUMNS).from(MODEL_FITS).where(WORKSPACE.eq(workspace).and(MODEL.eq(model)))
                .orderBy(FITTED_AT.desc()).limit(limit).fetch(this::toStored);
    }

    Optional<StoredFit> latest(String workspace, String model) {
        return latest(workspace).stream().filter(s -> s.fit().model().equals(model)).findFirst();
    }

    private StoredFit toStored(Record r) {
        ModelFit fit = new ModelFit(r.get(MODEL),
                JSON.readValue(r.get(PARAMETERS), new TypeReference<LinkedHashMap<String, Double>>() { }),
                r.get(STD_ERRORS) == null ? null
                        : JSON.readValue(r.get(STD_ERRORS), new TypeReference<LinkedHashMap<String, Double>>() { }),
                r.get(COVARIANCE) == null ? null : JSON.readValue(r.get(COVARIANCE), double[][].class),
                r.get(LOG_LIKELIHOOD) == null ? Double.NaN : r.get(LOG_LIKELIHOOD), r.get(CUSTOMERS),
                Boolean.TRUE.equals(r.get(USED_PRIOR)), Boolean.TRUE.equals(r.get(CONVERGED)),
                r.get(ITERATIONS) == null ? 0 : r.get(ITERATIONS), r.get(NOTE));
        return new StoredFit(fit, r.get(FITTED_AT), r.get(AS_OF));
    }

    private static String truncate(String note) {
        return note == null || note.length() <= 1000 ? note : note.substring(0, 997) + "...";
    }
}
