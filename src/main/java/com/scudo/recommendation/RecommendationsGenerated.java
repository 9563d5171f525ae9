package com.scudo.recommendation;

import com.scudo.analytics.RunStep;
import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;

/** Published once the recommendations of a full analytics run were regenerated (its last step). */
public record RecommendationsGenerated(WorkspaceId workspace, LocalDate asOf, String runId, GenerationSummary summary)
        implements RunStep {

    @Override
    public String step() {
        return "recommendations generated";
    }
}
