package com.scudo.analytics.model;

/** Gauss's hypergeometric function 2F1 for 0 <= z < 1, the range the purchase models need. */
final class Hypergeometric {

    /**
     * Near z = 1 with large parameters the series needs millions of terms; those arguments only arise where the
     * optimiser explores far from the optimum (one of alpha, beta tiny beside the other), so the sum is cut there
     * rather than letting one likelihood evaluation take seconds per customer.
     */
    private static final int MAX_TERMS = 5_000;
    private static final double TOLERANCE = 1e-15;

    private Hypergeometric() {
    }

    /** The power series; converges for |z| < 1 and the arguments here keep the terms of one sign from some k on. */
    static double f21(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 is evaluated for 0 <= z < 1 only, was " + z);
        }
        double term = 1;
        double sum = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            sum += term;
            if (Math.abs(term) <= TOLERANCE * Math.abs(sum) && k > 2) {
                return sum;
            }
        }
        return sum;
    }
}
