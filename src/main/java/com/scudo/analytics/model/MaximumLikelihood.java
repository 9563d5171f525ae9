package com.scudo.analytics.model;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealMatrix;
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
 */
final class MaximumLikelihood {

    static final int SEARCH_SAMPLE = 5_000;
    /** Farther than this from the start (a factor of about 8,000) counts as running off to a boundary. */
    static final double RUNAWAY = 9;
    private static final double SEARCH_BOUND = 15;
    private static final int MAX_NEWTON_STEPS = 100;
    private static final double CHOLESKY_THRESHOLD = 1e-14;

    record Estimate(double[] parameters, double logLikelihood, boolean converged, boolean ranAway, int iterations) {
    }

    private MaximumLikelihood() {
    }

    static Estimate fit(Likelihood likelihood, double[] startLog, LogNormalPrior prior) {
        int k = startLog.length;
        double[] theta = startLog.clone();
        int evaluations = 0;
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
                PointValuePair best = new BOBYQAOptimizer(2 * k + 1, 0.5, 1e-6).optimize(
                        new MaxEval(5_000), GoalType.MINIMIZE, new InitialGuess(startLog), new SimpleBounds(lower, upper),
                        new ObjectiveFunction(t -> objective(sample, scale, prior, t)));
                theta = best.getPoint();
                evaluations = 1;
            } catch (RuntimeException searchFailed) {
                // the Newton polish below still starts from the given point
                evaluations = 0;
            }
        }
        double[] gradient = new double[k];
        double[][] hessian = new double[k][k];
        boolean converged = false;
        int steps = 0;
        for (; steps < MAX_NEWTON_STEPS; steps++) {
            double f = objectiveDerivatives(likelihood, prior, theta, gradient, hessian);
            if (!Double.isFinite(f)) {
                break;
            }
            double[] step = new double[k];
            boolean positiveDefinite = solveDamped(hessian, gradient, step);
            double slope = dot(gradient, step);
            if (-slope < 1e-10 && positiveDefinite) {
                converged = true;
                break;
            }
            double t = 1;
            boolean improved = false;
            for (int halving = 0; halving < 50 && !improved; halving++) {
                double[] trial = new double[k];
                for (int j = 0; j < k; j++) {
                    trial[j] = theta[j] + t * step[j];
                }
                double value = objective(likelihood, 1, prior, trial);
                if (value <= f + 1e-4 * t * slope) {
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
        boolean ranAway = false;
        double[] parameters = new double[k];
        for (int j = 0; j < k; j++) {
            ranAway |= Math.abs(theta[j] - startLog[j]) > RUNAWAY;
            parameters[j] = Math.exp(theta[j]);
        }
        double logLikelihood = likelihood.evaluate(parameters, null, null);
        return new Estimate(parameters, logLikelihood, converged && Double.isFinite(logLikelihood), ranAway,
                evaluations + steps);
    }

    /** Covariance of the log-parameters: the inverse of the negative log-posterior's Hessian; null if not positive definite. */
    static double[][] logCovariance(Likelihood likelihood, LogNormalPrior prior, double[] parameters) {
        int k = parameters.length;
        double[] theta = new double[k];
        for (int j = 0; j < k; j++) {
            theta[j] = Math.log(parameters[j]);
        }
        double[][] hessian = new double[k][k];
        double f = objectiveDerivatives(likelihood, prior, theta, new double[k], hessian);
        if (!Double.isFinite(f)) {
            return null;
        }
        try {
            RealMatrix inverse = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian), CHOLESKY_THRESHOLD, CHOLESKY_THRESHOLD)
                    .getSolver().getInverse();
            return inverse.getData();
        } catch (RuntimeException notPositiveDefinite) {
            return null;
        }
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
    private static double objectiveDerivatives(Likelihood likelihood, LogNormalPrior prior, double[] theta,
                                               double[] gradient, double[][] hessian) {
        int k = theta.length;
        double[] parameters = new double[k];
        for (int j = 0; j < k; j++) {
            parameters[j] = Math.exp(theta[j]);
        }
        double[] g = new double[k];
        double[][] h = new double[k][k];
        double value = likelihood.customers() == 0 ? 0 : likelihood.evaluate(parameters, g, h);
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

    /** Newton step (H + lambda I) step = -gradient with the smallest lambda that makes the matrix positive definite. */
    private static boolean solveDamped(double[][] hessian, double[] gradient, double[] step) {
        int k = gradient.length;
        double scale = 0;
        for (int j = 0; j < k; j++) {
            scale = Math.max(scale, Math.abs(hessian[j][j]));
        }
        double lambda = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            double[][] damped = new double[k][];
            for (int i = 0; i < k; i++) {
                damped[i] = hessian[i].clone();
                damped[i][i] += lambda;
            }
            try {
                double[] solution = new CholeskyDecomposition(new Array2DRowRealMatrix(damped, false), CHOLESKY_THRESHOLD, CHOLESKY_THRESHOLD)
                        .getSolver().solve(new ArrayRealVector(gradient)).toArray();
                for (int j = 0; j < k; j++) {
                    step[j] = -solution[j];
                }
                return lambda == 0;
            } catch (RuntimeException notPositiveDefinite) {
                lambda = lambda == 0 ? Math.max(1e-8, 1e-6 * scale) : lambda * 10;
            }
        }
        for (int j = 0; j < k; j++) {
            step[j] = -gradient[j] / Math.max(1, scale);
        }
        return false;
    }

    private static double dot(double[] left, double[] right) {
        double total = 0;
        for (int j = 0; j < left.length; j++) {
            total += left[j] * right[j];
        }
        return total;
    }
}
