package com.scudo.analytics.model;

import org.hipparchus.special.Gamma;

/**
 * Pareto/NBD (Schmittlein, Morrison and Colombo 1987) at given parameters: purchases at rate
 * lambda ~ Gamma(r, alpha) while alive, a lifetime exponential with rate mu ~ Gamma(s, beta). Time in
 * weeks. The likelihood uses the formulation of Fader and Hardie's 2005 note ("A note on deriving the
 * Pareto/NBD model and related expressions") with the hypergeometric A0 term, in logs and with the two
 * terms combined by log-sum-exp, as in lifetimes' ParetoNBDFitter.
 */
record ParetoNbdModel(double r, double alpha, double s, double beta) implements PurchaseProcess {

    private static final double STEP = 1e-5;

    static ParetoNbdModel of(double[] p) {
        return new ParetoNbdModel(p[0], p[1], p[2], p[3]);
    }

    /**
     * ln A0 of the note: the (log of the) term for "died between t_x and T", without its s/(r+s+x) factor;
     * -infinity at t_x = T.
     */
    double logA0(int x, double tx, double age) {
        double smaller = Math.min(alpha, beta);
        double difference = Math.abs(alpha - beta);
        return alpha >= beta
                ? DropoutIntegral.logTimesA(r + x, s + 1, difference, smaller + tx, smaller + age)
                : DropoutIntegral.logTimesA(s + 1, r + x, difference, smaller + tx, smaller + age);
    }

    /** ln of "still alive at T" part: -(r+x) ln(alpha+T) - s ln(beta+T). */
    private double logAliveTerm(int x, double age) {
        return -(r + x) * Math.log(alpha + age) - s * Math.log(beta + age);
    }

    private double logDeadTerm(int x, double tx, double age) {
        return Math.log(s) - Math.log(r + s + x) + logA0(x, tx, age);
    }

    /** One customer's log-likelihood, lgamma terms included. */
    double logLikelihood(int x, double tx, double age) {
        return Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha) + s * Math.log(beta)
                + logSumExp(logAliveTerm(x, age), logDeadTerm(x, tx, age));
    }

    static double logSumExp(double u, double v) {
        double larger = Math.max(u, v);
        if (larger == Double.NEGATIVE_INFINITY) {
            return larger;
        }
        return larger + Math.log1p(Math.exp(Math.min(u, v) - larger));
    }

    @Override
    public double probabilityAlive(int x, double tx, double age) {
        return 1 / (1 + Math.exp(logChurnOdds(x, tx, age)));
    }

    private double logChurnOdds(int x, double tx, double age) {
        return logDeadTerm(x, tx, age) - logAliveTerm(x, age);
    }

    @Override
    public double logChurnOdds(int x, double tx, double age, double[] gradientInLogParameters) {
        double[] p = {r, alpha, s, beta};
        for (int j = 0; j < 4; j++) {
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] *= Math.exp(STEP);
            down[j] *= Math.exp(-STEP);
            gradientInLogParameters[j] = (of(up).logChurnOdds(x, tx, age) - of(down).logChurnOdds(x, tx, age)) / (2 * STEP);
        }
        return logChurnOdds(x, tx, age);
    }

    /**
     * Given alive at T, lambda ~ Gamma(r+x, alpha+T) and mu ~ Gamma(s, beta+T) independently; no purchase in t means
     * none before min(t, remaining lifetime): ((beta+T)/(beta+T+t))^s ((alpha+T)/(alpha+T+t))^(r+x) (alive all along)
     * + s (beta+T)^s (alpha+T)^(r+x) ∫0..t (beta+T+u)^-(s+1) (alpha+T+u)^-(r+x) du (left at u). The integral is the
     * A0 integral over [T, T+t], so {@link DropoutIntegral} evaluates it exactly.
     */
    @Override
    public double probabilityNoPurchaseIfAlive(double t, int x, double age) {
        return t <= 0 ? 1 : Math.exp(logSilence(t, x, age));
    }

    private double logSilence(double t, int x, double age) {
        double aliveAllAlong = -s * Math.log1p(t / (beta + age)) - (r + x) * Math.log1p(t / (alpha + age));
        double leftFirst = Math.log(s) - Math.log(r + s + x) + logA0(x, age, age + t) + s * Math.log(beta + age)
                + (r + x) * Math.log(alpha + age);
        return Math.min(0, logSumExp(aliveAllAlong, leftFirst));
    }

    private double logNoPurchaseOdds(double t, int x, double tx, double age) {
        return PurchaseProcess.noPurchaseLogOdds(logChurnOdds(x, tx, age), null, logSilence(t, x, age), null, null);
    }

    /**
     * The gradient by forward differences: it only sets the direction of the churn range, where a relative error of
     * the order of the step does not show, and it costs half the hypergeometric evaluations of central ones.
     */
    @Override
    public double logNoPurchaseOdds(double t, int x, double tx, double age, double[] gradientInLogParameters) {
        double[] p = {r, alpha, s, beta};
        double centre = logNoPurchaseOdds(t, x, tx, age);
        for (int j = 0; j < 4; j++) {
            double[] up = p.clone();
            up[j] *= Math.exp(STEP);
            gradientInLogParameters[j] = (of(up).logNoPurchaseOdds(t, x, tx, age) - centre) / STEP;
        }
        return centre;
    }

    @Override
    public double expectedPurchases(double t) {
        return r * beta / alpha * survivalIntegral(beta, t);
    }

    @Override
    public double expectedPurchasesIfAlive(double t, int x, double tx, double age) {
        if (t <= 0) {
            return 0;
        }
        return (r + x) * (beta + age) / (alpha + age) * survivalIntegral(beta + age, t);
    }

    /**
     * (1 - (b / (b + t))^(s - 1)) / (s - 1): the expected time alive within t, times mu's posterior
     * factor; ln(1 + t / b) at s = 1, where the formula has a removable singularity.
     */
    private double survivalIntegral(double b, double t) {
        double logShare = -Math.log1p(t / b);
        double sMinusOne = s - 1;
        if (Math.abs(sMinusOne) < 1e-9) {
            return -logShare;
        }
        return -Math.expm1(sMinusOne * logShare) / sMinusOne;
    }

    @Override
    public double medianWeeksToNextPurchase(int x, double age) {
        return (alpha + age) * Math.expm1(Math.log(2) / (r + x));
    }
}
