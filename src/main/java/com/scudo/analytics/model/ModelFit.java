package com.scudo.analytics.model;

import java.util.LinkedHashMap;

/**
 * A fitted model, kept for transparency and to forecast single customers later.
 *
 * @param model          "BG/NBD", "MBG/NBD", "Pareto/NBD" or "Gamma-Gamma"
 * @param parameters     r, alpha, a, b; r, alpha, s, beta (Pareto/NBD) or p, q, gamma (alpha and beta in
 *                       weeks; gamma in the shop's currency)
 * @param standardErrors same keys; from the inverse Hessian (delta method from the log-parameters)
 * @param covariance     covariance of the log-parameters, in the order of {@code parameters}; null if
 *                       the Hessian was not positive definite
 * @param logLikelihood  the data log-likelihood at the estimate (the prior, if any, not included)
 * @param customers      customers the model was fitted on
 * @param usedPrior      true when the estimate is a posterior mode with the small-data priors
 * @param converged      whether the optimiser met its tolerance with a positive definite Hessian
 * @param iterations     objective evaluations of the search plus Newton steps of the polish
 * @param note           a plain explanation of anything special about this fit
 */
public record ModelFit(String model, LinkedHashMap<String, Double> parameters, LinkedHashMap<String, Double> standardErrors,
                       double[][] covariance, double logLikelihood, int customers, boolean usedPrior, boolean converged,
                       int iterations, String note) {

    public static final String BG_NBD = "BG/NBD";
    public static final String MBG_NBD = "MBG/NBD";
    public static final String PARETO_NBD = "Pareto/NBD";
    public static final String GAMMA_GAMMA = "Gamma-Gamma";

    public double parameter(String name) {
        Double value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException(model + " has no parameter " + name);
        }
        return value;
    }

    double[] parameterArray() {
        return parameters.values().stream().mapToDouble(Double::doubleValue).toArray();
    }
}
