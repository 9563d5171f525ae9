package com.scudo.analytics;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One fitted model as a merchant or analyst can inspect it: what it drives, its parameters and
 * standard errors, the log-likelihood, how many customers it was fitted on, whether priors were
 * used, and when.
 */
public record ModelReport(String model, String drives, Map<String, Double> parameters,
                          Map<String, Double> standardErrors, Double logLikelihood, int customers, boolean usedPrior,
                          boolean converged, int iterations, String note, OffsetDateTime fittedAt, LocalDate asOf) {
}
