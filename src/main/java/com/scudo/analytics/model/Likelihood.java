package com.scudo.analytics.model;

/** A log-likelihood in the model's natural parameters, with analytic derivatives. */
interface Likelihood {

    int dimension();

    int customers();

    /**
     * The log-likelihood at {@code params}; fills {@code gradient} and the full symmetric {@code hessian}
     * when they are not null (the Hessian needs the gradient).
     */
    double evaluate(double[] params, double[] gradient, double[][] hessian);

    /** A deterministic sample of at most {@code size} customers, for a cheap search before the polish. */
    Likelihood sample(int size);
}
