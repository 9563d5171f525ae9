package com.scudo.analytics.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fitted models of one shop and the per-customer forecast they give. Churn (the chance of no order in the
 * churn horizon), expected orders, the next-order date and the purchases in CLV come from the driving purchase
 * model (the one the holdout check chose, MBG/NBD by default); spend from Gamma-Gamma. The other purchase fits
 * are carried for transparency.
 */
public final class FittedModels {

    /** Two-sided 90%: the churn range is the 5th to 95th percentile. */
    static final double Z_90 = 1.6448536269514722;

    private final ModelFit purchase;
    private final ModelFit churn;
    private final ModelFit spend;
    private final List<ModelFit> purchaseFits;
    private final ModelChoice choice;
    private final PurchaseProcess churnModel;
    private final double[][] churnCovariance;
    private final double p;
    private final double q;
    private final double gamma;

    FittedModels(ModelFit purchase, ModelFit churn, ModelFit spend) {
        this(purchase == null ? List.of(churn) : List.of(purchase, churn), churn, spend, null);
    }

    /**
     * @param purchaseFits every purchase model fitted on the whole shop
     * @param churn        the one of them that drives the scores
     * @param choice       why it was chosen; null when rebuilt from stored fits without one
     */
    FittedModels(List<ModelFit> purchaseFits, ModelFit churn, ModelFit spend, ModelChoice choice) {
        this.purchase = purchaseFits.stream().filter(f -> ModelFit.BG_NBD.equals(f.model())).findFirst().orElse(null);
        this.churn = Objects.requireNonNull(churn, "the driving purchase fit is required");
        this.spend = requireModel(spend, ModelFit.GAMMA_GAMMA);
        this.purchaseFits = List.copyOf(purchaseFits);
        this.choice = choice;
        this.churnModel = PurchaseProcess.of(churn);
        this.churnCovariance = churn.covariance();
        this.p = spend.parameter("p");
        this.q = spend.parameter("q");
        this.gamma = spend.parameter("gamma");
    }

    private static ModelFit requireModel(ModelFit fit, String model) {
        Objects.requireNonNull(fit, model + " fit is required");
        if (!model.equals(fit.model())) {
            throw new IllegalArgumentException("expected a " + model + " fit, got " + fit.model());
        }
        return fit;
    }

    /** BG/NBD; null when rebuilt from stored churn and spend fits only. */
    public ModelFit purchase() {
        return purchase;
    }

    /** The purchase model that drives churn, expected orders, next order and CLV. */
    public ModelFit churn() {
        return churn;
    }

    /** Every purchase model fitted on the whole shop, the driving one included. */
    public List<ModelFit> purchaseFits() {
        return purchaseFits;
    }

    /** Why the driving model was chosen; null when rebuilt from stored fits. */
    public ModelChoice choice() {
        return choice;
    }

    /** Gamma-Gamma. */
    public ModelFit spend() {
        return spend;
    }

    public CustomerForecast forecast(PurchaseSummary customer, ForecastSettings settings) {
        int x = customer.frequency();
        double tx = customer.recency();
        double age = customer.age();
        double pAlive = churnModel.probabilityAlive(x, tx, age);
        double churnHorizon = settings.churnHorizonWeeks();
        double churnPoint = 1 - pAlive + pAlive * churnModel.probabilityNoPurchaseIfAlive(churnHorizon, x, age);
        double[] range = churnRange(churnHorizon, x, tx, age, churnPoint);
        double expectedOrders = pAlive * churnModel.expectedPurchasesIfAlive(settings.horizonWeeks(), x, tx, age);
        double spendPerOrder = expectedSpend(customer);
        double clv = LifetimeValue.discounted(t -> pAlive * churnModel.expectedPurchasesIfAlive(t, x, tx, age), spendPerOrder,
                settings.clvMonths(), ForecastSettings.WEEKS_PER_MONTH, settings.monthlyDiscountRate());
        return new CustomerForecast(pAlive, churnPoint, range[0], range[1], expectedOrders, spendPerOrder, clv,
                churnModel.medianWeeksToNextPurchase(x, age));
    }

    public List<CustomerForecast> forecastAll(List<PurchaseSummary> customers, ForecastSettings settings) {
        return customers.parallelStream().map(c -> forecast(c, settings)).collect(Collectors.toList());
    }

    /** Gamma-Gamma conditional expected spend per order; one-time buyers get the population mean. */
    public double expectedSpend(PurchaseSummary customer) {
        return GammaGammaLikelihood.conditionalExpectedSpend(p, q, gamma, customer.frequency(), customer.averageRepeatValue());
    }

    /**
     * 90% range of churn from the parameter uncertainty. The delta method gives the direction in the log-parameters
     * along which the log-odds of "no order in the horizon" vary most (Σg, g their gradient) and their spread
     * sd = sqrt(gᵀΣg); the range is churn at the parameters 1.645 sd either way along it, which keeps the curvature
     * the linear delta method would lose (it matters for small shops, whose ranges are wide). Deterministic, no
     * sampling per customer, and the range always contains the point estimate.
     */
    private double[] churnRange(double horizon, int x, double tx, double age, double churnPoint) {
        if (churnCovariance == null) {
            return new double[] {churnPoint, churnPoint};
        }
        double[] gradient = new double[4];
        churnModel.logNoPurchaseOdds(horizon, x, tx, age, gradient);
        double[] direction = new double[4];
        double variance = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                direction[i] += churnCovariance[i][j] * gradient[j];
            }
            variance += gradient[i] * direction[i];
        }
        if (!(variance > 0)) {
            return new double[] {churnPoint, churnPoint};
        }
        double scale = Z_90 / Math.sqrt(variance);
        double[] p = churn.parameterArray();
        double[] up = new double[4];
        double[] down = new double[4];
        for (int i = 0; i < 4; i++) {
            up[i] = p[i] * Math.exp(scale * direction[i]);
            down[i] = p[i] * Math.exp(-scale * direction[i]);
        }
        double high = PurchaseProcess.of(churn.model(), up).probabilityNoPurchase(horizon, x, tx, age);
        double low = PurchaseProcess.of(churn.model(), down).probabilityNoPurchase(horizon, x, tx, age);
        return new double[] {Math.min(churnPoint, Math.min(low, high)), Math.max(churnPoint, Math.max(low, high))};
    }
}
