package com.scudo.analytics.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Fits the purchase-behaviour models of one shop: BG/NBD (reported), MBG/NBD (drives churn, expected
 * orders and the next-order date) and Gamma-Gamma (spend per order). Time in weeks.
 */
public final class PurchaseModels {

    private static final String[] PURCHASE_PARAMETERS = {"r", "alpha", "a", "b"};
    private static final String[] PARETO_PARAMETERS = {"r", "alpha", "s", "beta"};
    private static final String[] SPEND_PARAMETERS = {"p", "q", "gamma"};
    /** Candidate purchase models that do not drive the scores are fitted for the report on at most this many customers. */
    static final int REPORT_SAMPLE = 5_000;

    private PurchaseModels() {
    }

    public static FittedModels fit(List<PurchaseSummary> customers, ModelSettings settings) {
        ModelFit purchase = fitPurchases(false, customers, settings);
        ModelFit churn = fitPurchases(true, customers, settings);
        ModelFit spend = fitSpend(customers, settings);
        return new FittedModels(purchase, churn, spend);
    }

    /**
     * Fits the purchase model {@code choice} names on every customer to drive the scores (see {@link ModelSelection}),
     * and the other candidates for the report on an evenly spread sample of at most {@link #REPORT_SAMPLE} customers:
     * they forecast nothing, and Pareto/NBD's likelihood costs far more per customer than the BG/NBD family's.
     */
    public static FittedModels fit(List<PurchaseSummary> customers, ModelSettings settings, ModelChoice choice) {
        if (!ModelSelection.MODELS.contains(choice.chosen())) {
            throw new IllegalArgumentException(choice.chosen() + " is not a purchase model");
        }
        List<PurchaseSummary> sample = ModelSelection.evenlySpread(customers, REPORT_SAMPLE);
        List<ModelFit> fits = ModelSelection.MODELS.stream()
                .map(m -> m.equals(choice.chosen()) ? fitPurchases(m, customers, settings) : reportFit(m, sample, customers.size(), settings))
                .toList();
        ModelFit driving = fits.get(ModelSelection.MODELS.indexOf(choice.chosen()));
        return new FittedModels(fits, driving, fitSpend(customers, settings), choice);
    }

    private static ModelFit reportFit(String model, List<PurchaseSummary> sample, int customers, ModelSettings settings) {
        ModelFit fit = fitPurchases(model, sample, settings);
        if (sample.size() == customers) {
            return fit;
        }
        return new ModelFit(fit.model(), fit.parameters(), fit.standardErrors(), fit.covariance(), fit.logLikelihood(),
                fit.customers(), fit.usedPrior(), fit.converged(), fit.iterations(), fit.note() + String.format(Locale.ROOT,
                " Fitted for comparison on an evenly spread sample of %,d of the %,d customers; the model that drives the"
                        + " scores is fitted on all of them.", sample.size(), customers));
    }

    /** Rebuilds the forecasting models from stored fits (the BG/NBD fit is not needed to forecast). */
    public static FittedModels fromFits(ModelFit churnModel, ModelFit spendModel) {
        return new FittedModels(null, churnModel, spendModel);
    }

    public static FittedModels fromFits(ModelFit purchaseModel, ModelFit churnModel, ModelFit spendModel) {
        return new FittedModels(purchaseModel, churnModel, spendModel);
    }

    static ModelFit fitPurchases(boolean modified, List<PurchaseSummary> customers, ModelSettings settings) {
        return fitPurchases(modified ? ModelFit.MBG_NBD : ModelFit.BG_NBD, customers, settings);
    }

    /** Fits one purchase model ("BG/NBD", "MBG/NBD" or "Pareto/NBD") by maximum likelihood. */
    public static ModelFit fitPurchases(String model, List<PurchaseSummary> customers, ModelSettings settings) {
        if (ModelFit.PARETO_NBD.equals(model)) {
            ParetoNbdLikelihood likelihood = ParetoNbdLikelihood.of(customers);
            LogNormalPrior prior = SmallDataPriors.purchases(model, likelihood.repeatPurchases(), likelihood.totalAge());
            return fitModel(model, PARETO_PARAMETERS, likelihood, prior, settings);
        }
        boolean modified = ModelFit.MBG_NBD.equals(model);
        if (!modified && !ModelFit.BG_NBD.equals(model)) {
            throw new IllegalArgumentException(model + " is not a purchase model");
        }
        BetaGeoLikelihood likelihood = modified ? BetaGeoLikelihood.mbgNbd(customers) : BetaGeoLikelihood.bgNbd(customers);
        LogNormalPrior prior = SmallDataPriors.purchases(model, likelihood.repeatPurchases(), likelihood.totalAge());
        return fitModel(model, PURCHASE_PARAMETERS, likelihood, prior, settings);
    }

    static ModelFit fitSpend(List<PurchaseSummary> customers, ModelSettings settings) {
        GammaGammaLikelihood likelihood = GammaGammaLikelihood.of(customers);
        double meanValue = meanOrderValue(customers);
        if (!(meanValue > 0)) {
            LinkedHashMap<String, Double> parameters = named(SPEND_PARAMETERS,
                    new double[] {SmallDataPriors.GAMMA_GAMMA_SHAPES[0], SmallDataPriors.GAMMA_GAMMA_SHAPES[1], 0});
            return new ModelFit(ModelFit.GAMMA_GAMMA, parameters, named(SPEND_PARAMETERS, new double[] {Double.NaN, Double.NaN, Double.NaN}),
                    null, 0, 0, true, false, 0, "No order values were given, so the expected spend is 0.");
        }
        return fitModel(ModelFit.GAMMA_GAMMA, SPEND_PARAMETERS, likelihood, SmallDataPriors.spend(meanValue), settings);
    }

    /**
     * Mean repeat value of the repeat customers; with none, the mean of the values one-time buyers carry
     * (their single order), so a shop without repeat customers still gets a spend in its own currency.
     */
    private static double meanOrderValue(List<PurchaseSummary> customers) {
        double repeatTotal = 0, anyTotal = 0;
        int repeat = 0, any = 0;
        for (PurchaseSummary c : customers) {
            if (c.averageRepeatValue() > 0) {
                anyTotal += c.averageRepeatValue();
                any++;
                if (c.frequency() > 0) {
                    repeatTotal += c.averageRepeatValue();
                    repeat++;
                }
            }
        }
        return repeat > 0 ? repeatTotal / repeat : any > 0 ? anyTotal / any : 0;
    }

    private static ModelFit fitModel(String model, String[] names, Likelihood likelihood, LogNormalPrior prior, ModelSettings settings) {
        int n = likelihood.customers();
        boolean usePrior = settings.alwaysUsePrior() || n < settings.priorBelowCustomers();
        String note;
        if (settings.alwaysUsePrior()) {
            note = "Posterior mode with the small-data priors (always on in the settings).";
        } else if (usePrior) {
            note = "Posterior mode with the small-data priors: " + n + " customers is below the threshold of "
                    + settings.priorBelowCustomers() + ".";
        } else {
            note = "Maximum likelihood.";
        }
        MaximumLikelihood.Estimate estimate = MaximumLikelihood.fit(likelihood, prior.centre(), usePrior ? prior : null);
        if (!usePrior && (!estimate.converged() || estimate.ranAway())) {
            usePrior = true;
            note = "Plain maximum likelihood " + (estimate.ranAway() ? "ran off to a boundary"
                    + runawayDirection(names, estimate.parameters(), prior.centre()) : "did not converge")
                    + "; posterior mode with the small-data priors instead.";
            estimate = MaximumLikelihood.fit(likelihood, prior.centre(), prior);
        }
        double[][] covariance = estimate.logCovariance();
        return new ModelFit(model, named(names, estimate.parameters()), named(names, standardErrors(estimate.parameters(), covariance)),
                covariance, estimate.logLikelihood(), n, usePrior, estimate.converged() && covariance != null,
                estimate.iterations(), note);
    }

    /**
     * Which parameters ran off and where to, e.g. " (s towards 0, beta towards infinity: ...)". When they are only the
     * drop-out parameters heading for "nobody leaves" (a or s towards 0, b or beta towards infinity), that is what the
     * orders say: the likelihood keeps rising towards customers who stay active for ever, a limit these models reach
     * only at the boundary, so there is no maximum inside it to find.
     */
    static String runawayDirection(String[] names, double[] parameters, double[] startLog) {
        List<String> moves = new java.util.ArrayList<>();
        boolean onlyNoLeaving = true;
        for (int j = 0; j < names.length; j++) {
            double shift = Math.log(parameters[j]) - startLog[j];
            if (Math.abs(shift) > MaximumLikelihood.RUNAWAY) {
                boolean up = shift > 0;
                moves.add(names[j] + (up ? " towards infinity" : " towards 0"));
                boolean dropOutShape = names[j].equals("a") || names[j].equals("s");
                boolean dropOutScale = names[j].equals("b") || names[j].equals("beta");
                onlyNoLeaving &= dropOutShape && !up || dropOutScale && up;
            }
        }
        if (moves.isEmpty()) {
            return "";
        }
        return " (" + String.join(", ", moves) + (onlyNoLeaving ? ": the orders show no sign of customers leaving, which"
                + " the model can only reach in that limit" : "") + ")";
    }

    /** Delta method: se(theta) = theta * se(ln theta). */
    static double[] standardErrors(double[] parameters, double[][] logCovariance) {
        double[] errors = new double[parameters.length];
        for (int j = 0; j < parameters.length; j++) {
            errors[j] = logCovariance == null ? Double.NaN : parameters[j] * Math.sqrt(logCovariance[j][j]);
        }
        return errors;
    }

    private static LinkedHashMap<String, Double> named(String[] names, double[] values) {
        LinkedHashMap<String, Double> map = new LinkedHashMap<>();
        for (int j = 0; j < names.length; j++) {
            map.put(names[j], values[j]);
        }
        return map;
    }
}
