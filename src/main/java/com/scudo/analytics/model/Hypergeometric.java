package com.scudo.analytics.model;

/** Gauss's hypergeometric function 2F1 for 0 <= z < 1, the range the purchase models need. */
final class Hypergeometric {

    /**
     * The BG/NBD and MBG/NBD forecasts call this with z = t / (alpha + T + t), so about (alpha + T + t) / (alpha + T)
     * times a few dozen terms: a few hundred for a year's horizon. The bound only stops a runaway loop on
     * arguments no forecast produces. (Pareto/NBD's A0 term, whose argument does come close to 1, is evaluated by
     * {@link DropoutIntegral}.)
     */
    private static final int MAX_TERMS = 1_000_000;
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
