package com.scudo.analytics.internal;

import com.scudo.analytics.model.ModelFit;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;

/**
 * The quality of each workspace's latest fit of each model, as gauges tagged {@code workspace} and {@code model}:
 * mean log-likelihood per customer, converged (1/0), small-shop prior used (1/0), customers and iterations.
 * A fit that turns to the prior or stops converging after a data change shows here before anyone asks why.
 */
@Component
class ModelFitMeters {
    private final MeterRegistry registry;
    private final Map<Tags, AtomicReference<ModelFit>> latest = new ConcurrentHashMap<>();

    ModelFitMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    void fitted(String workspace, ModelFit fit) {
        Tags tags = Tags.of("workspace", workspace, "model", fit.model());
        latest.computeIfAbsent(tags, t -> register(t, fit)).set(fit);
    }

    private AtomicReference<ModelFit> register(Tags tags, ModelFit first) {
        AtomicReference<ModelFit> ref = new AtomicReference<>(first);
        if (Double.isFinite(first.logLikelihood())) {
            gauge("scudo.analytics.model.log.likelihood", "Mean log-likelihood per customer of the latest fit", tags,
                    ref, f -> f.customers() > 0 ? f.logLikelihood() / f.customers() : Double.NaN);
        }
        gauge("scudo.analytics.model.converged", "1 when the latest fit converged", tags, ref, f -> f.converged() ? 1 : 0);
        gauge("scudo.analytics.model.prior", "1 when the latest fit leaned on the small-shop prior", tags, ref,
                f -> f.usedPrior() ? 1 : 0);
        gauge("scudo.analytics.model.customers", "Customers the latest fit saw", tags, ref, ModelFit::customers);
        gauge("scudo.analytics.model.iterations", "Optimiser iterations of the latest fit", tags, ref,
                ModelFit::iterations);
        return ref;
    }

    private void gauge(String name, String description, Tags tags, AtomicReference<ModelFit> ref,
                       ToDoubleFunction<ModelFit> value) {
        Gauge.builder(name, ref, r -> value.applyAsDouble(r.get())).description(description).tags(tags)
                .register(registry);
    }
}
