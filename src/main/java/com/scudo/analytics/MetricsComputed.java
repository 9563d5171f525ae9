package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the run) once a full analytics run has written customer_metrics,
 * behavioral_analytics and the metric_snapshots of {@code asOf}. The steps that follow chain by events (the
 * segment assignment listens to this one and announces its own end, which the recommendations listen to), each
 * finishing with a {@link RunStep} event, and all of them complete before the run is reported done. A step that
 * fails throws {@link RunStepFailedException}, naming itself.
 */
public record MetricsComputed(WorkspaceId workspace, LocalDate asOf, String runId) {
}
