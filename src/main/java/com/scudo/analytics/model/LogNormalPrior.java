package com.scudo.analytics.model;

/** Independent normal priors on the log-parameters: ln(theta_j) ~ N(centre_j, spread_j^2). */
record LogNormalPrior(double[] centre, double[] spread) {

    double logDensity(double[] logParameters) {
        double total = 0;
        for (int j = 0; j < centre.length; j++) {
            double z = (logParameters[j] - centre[j]) / spread[j];
            total -= 0.5 * z * z;
        }
        return total;
    }

    double gradient(double[] logParameters, int j) {
        return -(logParameters[j] - centre[j]) / (spread[j] * spread[j]);
    }

    double curvature(int j) {
        return -1 / (spread[j] * spread[j]);
    }
}
