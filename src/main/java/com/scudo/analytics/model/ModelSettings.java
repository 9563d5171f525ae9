package com.scudo.analytics.model;

/**
 * @param priorBelowCustomers fit with the small-data priors when fewer customers than this (for
 *                            Gamma-Gamma: fewer repeat customers); a plain fit that fails also falls back
 *                            to the priors
 * @param alwaysUsePrior      fit with the priors whatever the size
 */
public record ModelSettings(int priorBelowCustomers, boolean alwaysUsePrior) {

    public ModelSettings {
        if (priorBelowCustomers < 0) {
            throw new IllegalArgumentException("priorBelowCustomers must be >= 0, was " + priorBelowCustomers);
        }
    }

    public static ModelSettings defaults() {
        return new ModelSettings(200, false);
    }
}
