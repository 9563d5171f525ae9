package com.scudo.analytics.model;

import org.hipparchus.special.Gamma;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Pareto/NBD log-likelihood in (r, alpha, s, beta), per customer as in {@link ParetoNbdModel#logLikelihood}.
 * The hypergeometric terms have no handy closed-form derivatives, so the gradient and Hessian are
 * central differences in the log-parameters (33 evaluations; the Newton polish needs few of them).
 * The terms that depend on x only are computed once per distinct x; large data are summed over chunks
 * in parallel.
 */
final class ParetoNbdLikelihood implements Likelihood {

    private static final int CHUNK = 1 << 13;
    /** Step in the log-parameters: small enough for the truncation error, large enough for rounding. */
    private static final double STEP = 1e-4;

    private final int[] x;
    private final double[] tx;
    private final double[] age;
    private final long[] countByX;

    private ParetoNbdLikelihood(int[] x, double[] tx, double[] age) {
        this.x = x;
        this.tx = tx;
        this.age = age;
        int maxX = 0;
        for (int xi : x) {
            maxX = Math.max(maxX, xi);
        }
        countByX = new long[maxX + 1];
        for (int xi : x) {
            countByX[xi]++;
        }
    }

    static ParetoNbdLikelihood of(List<PurchaseSummary> customers) {
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        for (int i = 0; i < n; i++) {
            PurchaseSummary c = customers.get(i);
            x[i] = c.frequency();
            tx[i] = c.recency();
            age[i] = c.age();
        }
        return new ParetoNbdLikelihood(x, tx, age);
    }

    @Override
    public int dimension() {
        return 4;
    }

    @Override
    public int customers() {
        return x.length;
    }

    long repeatPurchases() {
        long total = 0;
        for (int i = 0; i < countByX.length; i++) {
            total += i * countByX[i];
        }
        return total;
    }

    double totalAge() {
        double total = 0;
        for (double t : age) {
            total += t;
        }
        return total;
    }

    @Override
    public Likelihood sample(int size) {
        if (size >= x.length) {
            return this;
        }
        int[] sx = new int[size];
        double[] stx = new double[size];
        double[] sage = new double[size];
        double stride = (double) x.length / size;
        for (int i = 0; i < size; i++) {
            int j = (int) (i * stride);
            sx[i] = x[j];
            stx[i] = tx[j];
            sage[i] = age[j];
        }
        return new ParetoNbdLikelihood(sx, stx, sage);
    }

    @Override
    public double evaluate(double[] params, double[] gradient, double[][] hessian) {
        double value = value(params);
        if (gradient == null) {
            return value;
        }
        int k = params.length;
        double[] up = new double[k];
        double[] down = new double[k];
        for (int i = 0; i < k; i++) {
            up[i] = value(shifted(params, i, STEP, -1, 0));
            down[i] = value(shifted(params, i, -STEP, -1, 0));
        }
        double[] logGradient = new double[k];
        for (int i = 0; i < k; i++) {
            logGradient[i] = (up[i] - down[i]) / (2 * STEP);
            gradient[i] = logGradient[i] / params[i];
        }
        if (hessian != null) {
            for (int i = 0; i < k; i++) {
                double logHii = (up[i] - 2 * value + down[i]) / (STEP * STEP);
                hessian[i][i] = (logHii - logGradient[i]) / (params[i] * params[i]);
                for (int j = i + 1; j < k; j++) {
                    double logHij = (value(shifted(params, i, STEP, j, STEP)) - value(shifted(params, i, STEP, j, -STEP))
                            - value(shifted(params, i, -STEP, j, STEP)) + value(shifted(params, i, -STEP, j, -STEP)))
                            / (4 * STEP * STEP);
                    hessian[i][j] = logHij / (params[i] * params[j]);
                    hessian[j][i] = hessian[i][j];
                }
            }
        }
        return value;
    }

    /** The parameters with ln(p_i) moved by di and ln(p_j) by dj (j < 0: only i). */
    private static double[] shifted(double[] params, int i, double di, int j, double dj) {
        double[] p = params.clone();
        p[i] *= Math.exp(di);
        if (j >= 0) {
            p[j] *= Math.exp(dj);
        }
        return p;
    }

    private double value(double[] params) {
        ParetoNbdModel model = ParetoNbdModel.of(params);
        int n = x.length;
        double perX = 0;
        double r = params[0];
        double constant = r * Math.log(params[1]) + params[2] * Math.log(params[3]) - Gamma.logGamma(r);
        for (int k = 0; k < countByX.length; k++) {
            if (countByX[k] > 0) {
                perX += countByX[k] * (Gamma.logGamma(r + k) + constant);
            }
        }
        if (n < 4 * CHUNK) {
            return perX + sumRange(model, 0, n);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        double[] sums = IntStream.range(0, chunks).parallel()
                .mapToDouble(c -> sumRange(model, c * CHUNK, Math.min(n, (c + 1) * CHUNK))).toArray();
        double total = perX;
        for (double sum : sums) {
            total += sum; // in chunk order, so the value does not depend on the thread schedule
        }
        return total;
    }

    /** Sum over customers [from, to) of logsumexp("alive at T", "died between t_x and T"). */
    private double sumRange(ParetoNbdModel model, int from, int to) {
        double r = model.r();
        double s = model.s();
        double logS = Math.log(s);
        double total = 0;
        for (int i = from; i < to; i++) {
            int xi = x[i];
            double alive = -(r + xi) * Math.log(model.alpha() + age[i]) - s * Math.log(model.beta() + age[i]);
            double dead = logS - Math.log(r + s + xi) + model.logA0(xi, tx[i], age[i]);
            total += ParetoNbdModel.logSumExp(alive, dead);
        }
        return total;
    }
}
