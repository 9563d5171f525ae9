package com.scudo.analytics;

import com.scudo.shared.WorkspaceId;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the run) once a full analytics run has written customer_metrics,
 * behavioral_analytics and the metric_snapshots of {@code asOf}: listeners such as the segment
 * assignment complete their part before the run is reported done.
 */
public record MetricsComputed(WorkspaceId workspace, LocalDate asOf, String runId) {
}
