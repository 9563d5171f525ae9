package com.scudo.analytics.model;

/**
 * Weakly-informative priors for shops with few customers: normal on the log-parameters, centred on the
 * published CDNOW fits (a typical retail shop) with a spread of one (a factor of e either way). The
 * scale parameters follow the shop: alpha (weeks) is rescaled by the shop's repeat rate relative to CDNOW
 * and gamma (currency) by its mean order value, so only the shapes are borrowed. The prior's weight does
 * not grow with the data, so it dominates for a handful of customers and vanishes for thousands.
 */
final class SmallDataPriors {

    static final double SPREAD = 1.0;
    /** CDNOW calibration data: 2,457 repeat purchases over 77,111 customer-weeks. */
    static final double CDNOW_REPEAT_RATE = 2457 / 77111.2;
    /** Shrinks the shop's repeat rate towards CDNOW's with the weight of one customer observed for a year. */
    static final double PSEUDO_WEEKS = 52;
    static final double[] BG_NBD = {0.2426, 4.4136, 0.7929, 2.4259};
    static final double[] MBG_NBD = {0.525, 6.183, 0.891, 1.614};
    static final double[] PARETO_NBD = {0.553, 10.58, 0.606, 11.656};
    static final double[] GAMMA_GAMMA_SHAPES = {6.2488, 3.7446};

    private SmallDataPriors() {
    }

    static LogNormalPrior purchases(boolean modified, long repeatPurchases, double customerWeeks) {
        return purchases(modified ? ModelFit.MBG_NBD : ModelFit.BG_NBD, repeatPurchases, customerWeeks);
    }

    /** For Pareto/NBD beta (weeks, the lifetime scale) is rescaled like alpha. */
    static LogNormalPrior purchases(String model, long repeatPurchases, double customerWeeks) {
        double[] published = switch (model) {
            case ModelFit.BG_NBD -> BG_NBD;
            case ModelFit.MBG_NBD -> MBG_NBD;
            case ModelFit.PARETO_NBD -> PARETO_NBD;
            default -> throw new IllegalArgumentException(model + " is not a purchase model");
        };
        double shopRate = (repeatPurchases + CDNOW_REPEAT_RATE * PSEUDO_WEEKS) / (customerWeeks + PSEUDO_WEEKS);
        double timeScale = CDNOW_REPEAT_RATE / shopRate;
        double fourth = ModelFit.PARETO_NBD.equals(model) ? published[3] * timeScale : published[3];
        return new LogNormalPrior(
                new double[] {Math.log(published[0]), Math.log(published[1] * timeScale), Math.log(published[2]), Math.log(fourth)},
                spreads(4));
    }

    /** Centred so that the population mean spend p gamma / (q - 1) equals the shop's mean order value. */
    static LogNormalPrior spend(double meanOrderValue) {
        double p = GAMMA_GAMMA_SHAPES[0];
        double q = GAMMA_GAMMA_SHAPES[1];
        double gamma = meanOrderValue * (q - 1) / p;
        return new LogNormalPrior(new double[] {Math.log(p), Math.log(q), Math.log(gamma)}, spreads(3));
    }

    private static double[] spreads(int k) {
        double[] spread = new double[k];
        java.util.Arrays.fill(spread, SPREAD);
        return spread;
    }
}
