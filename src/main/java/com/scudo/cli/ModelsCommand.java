package com.scudo.cli;

import picocli.CommandLine.Command;
import tools.jackson.databind.JsonNode;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

@Command(name = "models", description = "Show the fitted models behind the scores: parameters, standard errors, fit quality.")
class ModelsCommand extends AnswerCommand {
    @Override
    JsonNode ask(Gateway gateway) {
        return gateway.models();
    }

    @Override
    void print(JsonNode models, Gateway gateway, PrintWriter out) {
        if (models.isEmpty()) {
            out.println("No models fitted yet in workspace '" + gateway.workspace() + "': run `scudo analyze` first.");
            return;
        }
        for (JsonNode model : models) {
            out.printf(Locale.US, "%s — %s%n", model.path("model").asString(), model.path("drives").asString());
            out.printf(Locale.US, "  fitted %s as of %s on %d customers; priors %s; %s%n",
                    model.path("fittedAt").asString(), model.path("asOf").asString(), model.path("customers").asInt(),
                    model.path("usedPrior").asBoolean() ? "used" : "not used",
                    model.path("converged").asBoolean() ? "converged" : "did not converge");
            if (model.hasNonNull("logLikelihood")) {
                out.printf(Locale.US, "  log-likelihood %.2f%n", model.path("logLikelihood").asDouble());
            }
            JsonNode errors = model.path("standardErrors");
            for (Map.Entry<String, JsonNode> parameter : model.path("parameters").properties()) {
                JsonNode error = errors.path(parameter.getKey());
                out.printf(Locale.US, "  %-14s %12.4f%s%n", parameter.getKey(), parameter.getValue().asDouble(),
                        error.isNumber() ? String.format(Locale.US, "  ± %.4f", error.asDouble()) : "");
            }
            if (!model.path("note").asString("").isEmpty()) {
                out.println("  " + model.path("note").asString());
            }
        }
    }
}
