package com.scudo.assistant.internal;

import com.scudo.analytics.AnalyticsRuns;
import com.scudo.analytics.ModelCheckReport;
import com.scudo.assistant.StagedAnswer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * "How accurate are the predictions?", "Which model do you use?": the model report's own words (which purchase model
 * drives the scores, how it predicted the shop's last weeks, why it was chosen), so the assistant and the report page
 * never tell a merchant two stories.
 */
@Component
class ModelAnswers {
    private final AnalyticsRuns runs;

    ModelAnswers(AnalyticsRuns runs) {
        this.runs = runs;
    }

    StagedAnswer answer(AnswerContext ctx) {
        Optional<ModelCheckReport> report = runs.modelReport(ctx.workspace());
        if (report.isEmpty()) {
            return new StagedAnswer(ctx.question(), ctx.interpretation(), "No analytics run has scored this shop yet, so "
                    + "no model has been chosen or checked: import its history or send its orders, then run the analytics.",
                    List.of(), null, "rules");
        }
        ModelCheckReport r = report.get();
        StringBuilder insight = new StringBuilder("The scores (churn risk, expected orders, next order date and CLV) come "
                + "from a purchase model fitted on every customer's orders");
        if (r.checked()) {
            insight.append(", ").append(r.chosen()).append(", checked on this shop's own last ").append(r.holdoutWeeks())
                    .append(" weeks: fitted on the orders before them, it predicted them. ").append(r.headline())
                    .append(" ").append(r.reason());
        } else {
            insight.append(". ").append(r.headline()); // the headline names the model and why it was not checked
        }
        if (r.runNotes() != null && !r.runNotes().isBlank()) {
            insight.append(" ").append(r.runNotes());
        }
        insight.append(" The Model page of the dashboard shows the week-by-week check and the parameters with their ranges.");
        return new StagedAnswer(ctx.question(), ctx.interpretation(), insight.toString(), List.of(), null,
                "rules");
    }
}
