package com.scudo.analytics.model;

/**
 * What the per-customer figures need from a purchase model at fitted parameters (BG/NBD, MBG/NBD or
 * Pareto/NBD). Time in weeks; x repeat purchase days, t_x weeks from the first to the last, T the age.
 */
interface PurchaseProcess {

    double probabilityAlive(int x, double tx, double age);

    /** ln((1 - P(alive)) / P(alive)), the odds of having left; fills its gradient in the log-parameters. */
    double logChurnOdds(int x, double tx, double age, double[] gradientInLogParameters);

    /**
     * P(no purchase in (T, T+t] | x, t_x, T, alive at T). With the purchase rate Gamma(r + x, alpha + T) a posteriori,
     * ((alpha+T)/(alpha+T+t))^(r+x) for the BG family (an active customer only leaves at a purchase); Pareto/NBD
     * adds the chance of leaving before the first purchase of the window.
     */
    double probabilityNoPurchaseIfAlive(double t, int x, double age);

    /**
     * Churn over a horizon: the chance of no purchase in the next t weeks,
     * 1 - P(alive) + P(alive) · P(no purchase in t | alive). It tends to 1 - P(alive) as t grows for BG/NBD and
     * MBG/NBD (an active customer buys again sooner or later), and is the event a holdout can check.
     */
    default double probabilityNoPurchase(double t, int x, double tx, double age) {
        double alive = probabilityAlive(x, tx, age);
        return 1 - alive + alive * probabilityNoPurchaseIfAlive(t, x, age);
    }

    /**
     * ln(P(no purchase in t) / P(a purchase in t)), the log-odds of {@link #probabilityNoPurchase}; fills its
     * gradient in the log-parameters (for the churn range).
     */
    double logNoPurchaseOdds(double t, int x, double tx, double age, double[] gradientInLogParameters);

    /**
     * Log-odds of no purchase in t from the log-odds of having left, ln o, and the log-chance of no purchase while
     * active, ln S (either gradient may be null when the other is filled by the caller): P = (o + S) / (1 + o),
     * 1 - P = (1 - S) / (1 + o), so ln odds = ln(o + S) - ln(1 - S). o = 0 (ln o = -infinity) for a customer who
     * cannot have left yet (a BG/NBD one-time buyer).
     */
    static double noPurchaseLogOdds(double logLeftOdds, double[] leftGradient, double logSilent, double[] silentGradient,
                                    double[] gradientInLogParameters) {
        double logEither = ParetoNbdModel.logSumExp(logLeftOdds, logSilent);
        double logBuys = Math.log(-Math.expm1(logSilent));
        if (gradientInLogParameters != null && leftGradient != null && silentGradient != null) {
            double leftShare = Math.exp(logLeftOdds - logEither);
            double silentShare = Math.exp(logSilent - logEither) + 1 / Math.expm1(-logSilent);
            for (int j = 0; j < gradientInLogParameters.length; j++) {
                gradientInLogParameters[j] = (leftShare > 0 ? leftShare * leftGradient[j] : 0) + silentShare * silentGradient[j];
            }
        }
        return logEither - logBuys;
    }

    /** E[X(t)]: expected repeat purchases in (0, t] of a customer who made the first purchase at 0. */
    double expectedPurchases(double t);

    /** E[Y(t) | x, t_x, T]: expected purchases in the next t weeks given the history. */
    default double conditionalExpectedPurchases(double t, int x, double tx, double age) {
        return t <= 0 ? 0 : expectedPurchasesIfAlive(t, x, tx, age) * probabilityAlive(x, tx, age);
    }

    /** E[Y(t) | x, t_x, T, alive at T]: so a series of horizons needs P(alive) only once. */
    double expectedPurchasesIfAlive(double t, int x, double tx, double age);

    /**
     * Median weeks until the next purchase of an active customer: the posterior purchase rate is
     * Gamma(r + x, alpha + T) in all three models, so P(no purchase in t) = ((alpha+T)/(alpha+T+t))^(r+x) = 1/2.
     */
    double medianWeeksToNextPurchase(int x, double age);

    /** The process at a fit's parameters. */
    static PurchaseProcess of(ModelFit fit) {
        return of(fit.model(), fit.parameterArray());
    }

    /** The process of {@code model} at parameters {@code p} (r, alpha, a, b or r, alpha, s, beta). */
    static PurchaseProcess of(String model, double[] p) {
        return switch (model) {
            case ModelFit.BG_NBD -> BetaGeoModel.of(false, p);
            case ModelFit.MBG_NBD -> BetaGeoModel.of(true, p);
            case ModelFit.PARETO_NBD -> ParetoNbdModel.of(p);
            default -> throw new IllegalArgumentException(model + " is not a purchase model");
        };
    }
}
