package com.scudo.cli;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.shared.WorkspaceId;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Unmatched;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "models", description = "Show the fitted models behind the scores: parameters, standard errors, fit quality.")
class ModelsCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    ReadOptions options = new ReadOptions();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        WorkspaceId target = WorkspaceId.of(options.workspace);
        ServerConnection connection = new ServerConnection(options.server, target.value(), options.apiKey);
        JsonNode models;
        if (connection.isUp()) {
            HttpResponse<String> response = connection.get("/api/v1/analytics/models");
            models = JSON.readTree(response.body());
        } else {
            try (ConfigurableApplicationContext context = LocalStores.open(springArguments)) {
                models = JSON.valueToTree(context.getBean(AnalyticsRuns.class).models(target));
            }
        }
        if (options.json) {
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(models));
            return 0;
        }
        if (models.isEmpty()) {
            System.out.println("No models fitted yet in workspace '" + options.workspace + "': run `scudo analyze` first.");
            return 0;
        }
        for (JsonNode model : models) {
            System.out.printf(Locale.US, "%s — %s%n", model.path("model").asString(), model.path("drives").asString());
            System.out.printf(Locale.US, "  fitted %s as of %s on %d customers; priors %s; %s%n",
                    model.path("fittedAt").asString(), model.path("asOf").asString(), model.path("customers").asInt(),
                    model.path("usedPrior").asBoolean() ? "used" : "not used",
                    model.path("converged").asBoolean() ? "converged" : "did not converge");
            if (model.hasNonNull("logLikelihood")) {
                System.out.printf(Locale.US, "  log-likelihood %.2f%n", model.path("logLikelihood").asDouble());
            }
            JsonNode errors = model.path("standardErrors");
            for (Map.Entry<String, JsonNode> parameter : model.path("parameters").properties()) {
                JsonNode error = errors.path(parameter.getKey());
                System.out.printf(Locale.US, "  %-14s %12.4f%s%n", parameter.getKey(), parameter.getValue().asDouble(),
                        error.isNumber() ? String.format(Locale.US, "  ± %.4f", error.asDouble()) : "");
            }
            if (!model.path("note").asString("").isEmpty()) {
                System.out.println("  " + model.path("note").asString());
            }
        }
        return 0;
    }
}
