package com.scudo.analytics.model;

import org.hipparchus.special.Gamma;

/**
 * Predictions of BG/NBD ({@code modified} false) and MBG/NBD ({@code modified} true) at given parameters.
 * Time in weeks. Formulas: Fader, Hardie and Lee (2005) and their note on conditional expectations;
 * Batislam, Denizel and Filiztekin (2007) for the modified model (as in lifetimes' ModifiedBetaGeoFitter).
 */
record BetaGeoModel(boolean modified, double r, double alpha, double a, double b) implements PurchaseProcess {

    static BetaGeoModel of(boolean modified, double[] p) {
        return new BetaGeoModel(modified, p[0], p[1], p[2], p[3]);
    }

    private int shift() {
        return modified ? 1 : 0;
    }

    /** a - 1, kept off zero: the expectations have a removable singularity at a = 1. */
    private double aMinusOne() {
        double d = a - 1;
        return Math.abs(d) < 1e-9 ? Math.copySign(1e-9, d) : d;
    }

    /** Odds of "dropped out after the last purchase" against "still active". 0 for BG/NBD one-time buyers. */
    private double dropoutOdds(int x, double tx, double age) {
        if (x + shift() == 0) {
            return 0;
        }
        double logRatio = Math.log((alpha + age) / (alpha + tx));
        return a / (b + x + shift() - 1) * Math.exp((r + x) * logRatio);
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return 1 / (1 + dropoutOdds(x, tx, age));
    }

    /** ln(churn odds) = ln((1 - P(alive)) / P(alive)) and its gradient in the log-parameters. */
    @Override
    public double logChurnOdds(int x, double tx, double age, double[] gradientInLogParameters) {
        double logRatio = Math.log((alpha + age) / (alpha + tx));
        double denominator = b + x + shift() - 1;
        gradientInLogParameters[0] = r * logRatio;
        gradientInLogParameters[1] = (r + x) * alpha * (1 / (alpha + age) - 1 / (alpha + tx));
        gradientInLogParameters[2] = 1;
        gradientInLogParameters[3] = -b / denominator;
        return Math.log(a) - Math.log(denominator) + (r + x) * logRatio;
    }

    /** An active customer leaves only at a purchase, so no purchase in t means no purchase at the posterior rate. */
    @Override
    public double probabilityNoPurchaseIfAlive(double t, int x, double age) {
        return t <= 0 ? 1 : Math.exp(logSilence(t, x, age));
    }

    private double logSilence(double t, int x, double age) {
        return -(r + x) * Math.log1p(t / (alpha + age));
    }

    @Override
    public double logNoPurchaseOdds(double t, int x, double tx, double age, double[] gradientInLogParameters) {
        double[] leftGradient = new double[4];
        // a BG/NBD one-time buyer cannot have left: odds 0
        double logLeftOdds = x + shift() == 0 ? Double.NEGATIVE_INFINITY : logChurnOdds(x, tx, age, leftGradient);
        double[] silentGradient = {r * logSilence(t, x, age) / (r + x),
                (r + x) * alpha * (1 / (alpha + age) - 1 / (alpha + age + t)), 0, 0};
        return PurchaseProcess.noPurchaseLogOdds(logLeftOdds, leftGradient, logSilence(t, x, age), silentGradient,
                gradientInLogParameters);
    }

    /** E[X(t)]: expected repeat purchases in (0, t] of a customer who made the first purchase at 0. */
    @Override
    public double expectedPurchases(double t) {
        double z = t / (alpha + t);
        double decay = Math.pow(alpha / (alpha + t), r);
        if (modified) {
            return b / aMinusOne() * (1 - decay * Hypergeometric.f21(r, b + 1, a + b, z));
        }
        return (a + b - 1) / aMinusOne() * (1 - decay * Hypergeometric.f21(r, b, a + b - 1, z));
    }

    @Override
    public double expectedPurchasesIfAlive(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        int s = shift();
        double z = t / (alpha + age + t);
        double decay = Math.exp((r + x) * Math.log((alpha + age) / (alpha + age + t)));
        return (a + b + x + s - 1) / aMinusOne() * (1 - decay * Hypergeometric.f21(r + x, b + x + s, a + b + x + s - 1, z));
    }

    /** P(X(t) = n) for BG/NBD (Fader, Hardie and Lee 2005, equation 8). */
    double probabilityOfPurchases(int n, double t) {
        if (modified) {
            throw new UnsupportedOperationException("P(X(t) = n) is implemented for BG/NBD only");
        }
        double logBetaAB = Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
        double logShare = Math.log(alpha / (alpha + t));
        double logRate = Math.log(t / (alpha + t));
        double first = Math.exp(Gamma.logGamma(a) + Gamma.logGamma(b + n) - Gamma.logGamma(a + b + n) - logBetaAB
                + Gamma.logGamma(r + n) - Gamma.logGamma(r) - Gamma.logGamma(n + 1.0) + r * logShare + n * logRate);
        if (n == 0) {
            return first;
        }
        double partial = 0;
        for (int j = 0; j < n; j++) {
            partial += Math.exp(Gamma.logGamma(r + j) - Gamma.logGamma(r) - Gamma.logGamma(j + 1.0) + j * logRate);
        }
        double dropped = Math.exp(Gamma.logGamma(a + 1) + Gamma.logGamma(b + n - 1) - Gamma.logGamma(a + b + n) - logBetaAB);
        return first + dropped * (1 - Math.exp(r * logShare) * partial);
    }

    /**
     * Median weeks until the next purchase of an active customer: the posterior rate is
     * Gamma(r + x, alpha + T), so P(no purchase in t) = ((alpha+T)/(alpha+T+t))^(r+x) = 1/2.
     */
    @Override
    public double medianWeeksToNextPurchase(int x, double age) {
        return (alpha + age) * Math.expm1(Math.log(2) / (r + x));
    }
}
