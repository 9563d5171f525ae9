package com.scudo.analytics.model;

import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Maximum likelihood (or posterior mode, with a prior) over the log-parameters, so every parameter stays
 * positive. Two stages: hipparchus' BOBYQA searches on a deterministic sample of the customers (cheap and
 * robust from a rough start), then damped Newton steps with the analytic Hessian polish on all customers
 * (quadratic convergence: a few passes over the data even for millions of customers).
 * A fit without a prior that runs off towards a boundary is stopped as soon as it is farther than {@link #RUNAWAY}
 * from the start: the caller discards such an estimate and fits again with the priors, so polishing it further
 * (on a flat ridge, up to {@link #MAX_NEWTON_STEPS} passes over every customer) would be time thrown away.
 */
final class MaximumLikelihood {

    static final int SEARCH_SAMPLE = 2_000;
    /** Above four times this, an intermediate Newton polish on a sample of this size saves passes over all customers. */
    static final int POLISH_SAMPLE = 100_000;
    /** Farther than this from the start (a factor of about 8,000) counts as running off to a boundary. */
    static final double RUNAWAY = 9;
    private static final double SEARCH_BOUND = 15;
    private static final int MAX_NEWTON_STEPS = 100;
    /** Newton steps shorter than this (in log-parameters, i.e. relative) skip the line search. */
    private static final double NEWTON_REGION = 0.1;
    /** A Newton step shorter than this (relative) is the last one: the error after it is about its square. */
    private static final double FINAL_STEP = 1e-3;
    /**
     * A Newton decrement below this share of the objective is below its rounding and differencing noise: on a flat
     * ridge the steps then wander without converging (100 passes of a 400-customer Pareto/NBD fit).
     */
    private static final double RESOLUTION = 1e-10;

    /**
     * @param logCovariance inverse of the negative log-posterior's Hessian in the log-parameters at the
     *                      estimate (from the last Newton pass, so no extra pass is needed); null if not
     *                      positive definite
     */
    record Estimate(double[] parameters, double logLikelihood, boolean converged, boolean ranAway, int searchEvaluations,
                    int newtonPasses, int passesOverAll, double[][] logCovariance) {

        int iterations() {
            return searchEvaluations + newtonPasses;
        }
    }

    private record Polish(double[] theta, double logLikelihood, boolean converged, int steps, double[][] hessian) {
    }

    private MaximumLikelihood() {
    }

    static Estimate fit(Likelihood likelihood, double[] startLog, LogNormalPrior prior) {
        int k = startLog.length;
        double[] theta = startLog.clone();
        int evaluations = 0;
        int steps = 0;
        if (likelihood.customers() > 0) {
            Likelihood sample = likelihood.sample(SEARCH_SAMPLE);
            double scale = (double) likelihood.customers() / sample.customers();
            double[] lower = new double[k];
            double[] upper = new double[k];
            for (int j = 0; j < k; j++) {
                lower[j] = startLog[j] - SEARCH_BOUND;
                upper[j] = startLog[j] + SEARCH_BOUND;
            }
            try {
                BOBYQAOptimizer search = new BOBYQAOptimizer(2 * k + 1, 0.5, 1e-4);
                PointValuePair best = search.optimize(
                        new MaxEval(5_000), GoalType.MINIMIZE, new InitialGuess(startLog), new SimpleBounds(lower, upper),
                        new ObjectiveFunction(t -> objective(sample, scale, prior, t)));
                theta = best.getPoint();
                evaluations = search.getEvaluations();
            } catch (RuntimeException searchFailed) {
                // the Newton polish below still starts from the given point
                evaluations = 0;
            }
            if (prior == null && ranAway(theta, startLog)) {
                return runaway(likelihood, theta, evaluations, steps);
            }
            if (likelihood.customers() > 4 * POLISH_SAMPLE) {
                Likelihood larger = likelihood.sample(POLISH_SAMPLE);
                Polish intermediate = polish(larger, (double) likelihood.customers() / larger.customers(), prior, theta,
                        startLog);
                steps += intermediate.steps();
                if (intermediate.converged()) {
                    theta = intermediate.theta();
                }
            }
        }
        Polish last = polish(likelihood, 1, prior, theta, startLog);
        steps += last.steps();
        boolean ranAway = ranAway(last.theta(), startLog);
        double[] parameters = exp(last.theta());
        double logLikelihood = last.logLikelihood();
        if (!last.converged()) {
            logLikelihood = likelihood.customers() == 0 ? 0 : likelihood.evaluate(parameters, null, null);
        }
        double[][] covariance = last.converged() ? SymmetricSystems.inverse(last.hessian()) : null;
        return new Estimate(parameters, logLikelihood, last.converged() && Double.isFinite(logLikelihood), ranAway,
                evaluations, steps, last.steps(), covariance);
    }

    private static boolean ranAway(double[] theta, double[] startLog) {
        for (int j = 0; j < theta.length; j++) {
            if (Math.abs(theta[j] - startLog[j]) > RUNAWAY) {
                return true;
            }
        }
        return false;
    }

    /** A plain fit that the search already took off to a boundary: no polish, reported as not converged. */
    private static Estimate runaway(Likelihood likelihood, double[] theta, int evaluations, int steps) {
        double[] parameters = exp(theta);
        return new Estimate(parameters, likelihood.evaluate(parameters, null, null), false, true, evaluations, steps, 1, null);
    }

    private static double[] exp(double[] theta) {
        double[] parameters = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            parameters[j] = Math.exp(theta[j]);
        }
        return parameters;
    }

    /**
     * Damped Newton on the likelihood scaled by {@code scale} (for samples). Without a prior it stops once the
     * estimate is farther than {@link #RUNAWAY} from {@code startLog} (not converged). Near the optimum (positive
     * definite Hessian, step below {@link #NEWTON_REGION}) full steps are taken without a line search and
     * checked by the next pass instead, which reverts and halves a step that made things worse; a last
     * step below {@link #FINAL_STEP} ends the polish without another pass over the customers.
     */
    private static Polish polish(Likelihood likelihood, double scale, LogNormalPrior prior, double[] start, double[] startLog) {
        int k = start.length;
        double[] theta = start.clone();
        double[] gradient = new double[k];
        double[][] hessian = new double[k][k];
        double[] logLikelihood = {Double.NaN};
        double[] previous = null;
        double[] previousStep = null;
        double previousValue = Double.POSITIVE_INFINITY;
        boolean converged = false;
        int passes = 0;
        for (int steps = 0; steps < MAX_NEWTON_STEPS; steps++) {
            if (prior == null && ranAway(theta, startLog)) {
                break;
            }
            double f = objectiveDerivatives(likelihood, scale, prior, theta, gradient, hessian, logLikelihood);
            passes++;
            if (previous != null && !(f <= previousValue + 1e-12 * Math.abs(previousValue))) {
                // the unchecked full step went too far: back to half of it
                add(previousStep, previousStep, -0.5);
                theta = previous.clone();
                add(theta, previousStep, 1);
                continue;
            }
            previous = null;
            if (!Double.isFinite(f)) {
                break;
            }
            double[] step = new double[k];
            boolean positiveDefinite = SymmetricSystems.solveDamped(hessian, gradient, step);
            double slope = dot(gradient, step);
            double largest = maxAbs(step);
            if (positiveDefinite && (-slope < 1e-10 || largest < 1e-8)) {
                converged = true;
                break;
            }
            boolean unresolvable = -slope < RESOLUTION * (1 + Math.abs(f)) && largest < NEWTON_REGION;
            if (positiveDefinite && (largest < FINAL_STEP || unresolvable)) {
                // quadratic convergence: the error after this step is about its square (1e-6), far below the
                // standard errors; the likelihood gains half the Newton decrement. Or the gain left is below what
                // the objective resolves (a flat ridge, derivatives partly by differences): more steps only wander.
                add(theta, step, 1);
                logLikelihood[0] += -slope / 2 / scale;
                converged = true;
                break;
            }
            if (positiveDefinite && largest < NEWTON_REGION) {
                previous = theta.clone();
                previousStep = step;
                previousValue = f;
                add(theta, step, 1);
                continue;
            }
            double t = 1;
            boolean improved = false;
            for (int halving = 0; halving < 30 && !improved; halving++) {
                double[] trial = theta.clone();
                add(trial, step, t);
                passes++;
                if (objective(likelihood, scale, prior, trial) <= f + 1e-4 * t * slope) {
                    theta = trial;
                    improved = true;
                } else {
                    t /= 2;
                }
            }
            if (!improved) {
                converged = positiveDefinite && -slope < 1e-6 * (1 + Math.abs(f));
                break;
            }
        }
        return new Polish(theta, logLikelihood[0], converged, passes, hessian);
    }

    /** Covariance of the log-parameters recomputed at given parameters: one more pass over the customers. */
    static double[][] logCovariance(Likelihood likelihood, LogNormalPrior prior, double[] parameters) {
        int k = parameters.length;
        double[] theta = new double[k];
        for (int j = 0; j < k; j++) {
            theta[j] = Math.log(parameters[j]);
        }
        double[][] hessian = new double[k][k];
        double f = objectiveDerivatives(likelihood, 1, prior, theta, new double[k], hessian, new double[1]);
        return Double.isFinite(f) ? SymmetricSystems.inverse(hessian) : null;
    }

    /** Negative log-posterior at log-parameters theta; +infinity where the likelihood is not finite. */
    private static double objective(Likelihood likelihood, double scale, LogNormalPrior prior, double[] theta) {
        double[] parameters = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            parameters[j] = Math.exp(theta[j]);
        }
        double value = likelihood.customers() == 0 ? 0 : -scale * likelihood.evaluate(parameters, null, null);
        if (prior != null) {
            value -= prior.logDensity(theta);
        }
        return Double.isFinite(value) ? value : Double.POSITIVE_INFINITY;
    }

    /** Negative log-posterior with its gradient and Hessian in the log-parameters (chain rule from the natural ones). */
    private static double objectiveDerivatives(Likelihood likelihood, double scale, LogNormalPrior prior, double[] theta,
                                               double[] gradient, double[][] hessian, double[] logLikelihood) {
        int k = theta.length;
        double[] parameters = new double[k];
        for (int j = 0; j < k; j++) {
            parameters[j] = Math.exp(theta[j]);
        }
        double[] g = new double[k];
        double[][] h = new double[k][k];
        double value = likelihood.customers() == 0 ? 0 : likelihood.evaluate(parameters, g, h);
        logLikelihood[0] = value;
        value *= scale;
        for (int j = 0; j < k; j++) {
            g[j] *= scale;
            for (int i = 0; i < k; i++) {
                h[j][i] *= scale;
            }
        }
        for (int i = 0; i < k; i++) {
            gradient[i] = -g[i] * parameters[i];
            for (int j = 0; j < k; j++) {
                hessian[i][j] = -h[i][j] * parameters[i] * parameters[j];
            }
            hessian[i][i] -= g[i] * parameters[i];
        }
        double f = -value;
        if (prior != null) {
            f -= prior.logDensity(theta);
            for (int j = 0; j < k; j++) {
                gradient[j] -= prior.gradient(theta, j);
                hessian[j][j] -= prior.curvature(j);
            }
        }
        return f;
    }

    private static void add(double[] theta, double[] step, double t) {
        for (int j = 0; j < theta.length; j++) {
            theta[j] += t * step[j];
        }
    }

    private static double maxAbs(double[] values) {
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, Math.abs(v));
        }
        return largest;
    }

    private static double dot(double[] left, double[] right) {
        double total = 0;
        for (int j = 0; j < left.length; j++) {
            total += left[j] * right[j];
        }
        return total;
    }
}
