/**
 * Analytics: the analytical store's facts and everything derived from them. Owns the tables customer_dim,
 * order_facts, interaction_facts, customer_metrics, behavioral_analytics, metric_snapshots, model_fits,
 * analytics_runs and a run's stages (customer_metrics_stage, behavioral_analytics_stage, customer_segments_stage, which
 * the segment module fills through {@link StagedSegments}); computes RFM, the purchase models (analytics.model, plain Java), CLV, lifecycle stages and
 * behaviour in full runs and per-customer refreshes, and announces each run with {@link MetricsComputed} and
 * {@link CustomerMetricsRefreshed}. Other modules read its tables through {@link com.scudo.analytics.ScoredCustomers}
 * and {@link com.scudo.analytics.WorkspaceScores}, and build SQL over them only with the typed columns of
 * {@link com.scudo.analytics.CustomerFactsColumns} and {@link com.scudo.analytics.ScoreTables}, never by name. Uses the
 * operational customer records, the shared values, and the workspace's money formatting for the amounts in its
 * reasons.
 */
@ApplicationModule(displayName = "Analytics", allowedDependencies = {"customer", "money", "platform", "shared"})
package com.scudo.analytics;

import org.springframework.modulith.ApplicationModule;
