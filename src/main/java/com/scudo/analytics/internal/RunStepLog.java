package com.scudo.analytics.internal;

import com.scudo.analytics.RunStep;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records each step that follows a full run's metrics in the run's status as it completes. */
@Component
class RunStepLog {
    private final RunLog runs;

    RunStepLog(RunLog runs) {
        this.runs = runs;
    }

    @EventListener
    void onStep(RunStep step) {
        if (step.runId() != null) {
            runs.step(step.runId(), step.step());
        }
    }
}
