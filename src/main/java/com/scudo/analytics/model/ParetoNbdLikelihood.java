package com.scudo.analytics.model;

import org.hipparchus.special.Gamma;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Pareto/NBD log-likelihood in (r, alpha, s, beta), per customer as in {@link ParetoNbdModel#logLikelihood}.
 * The gradient and Hessian are analytic ({@link ParetoNbdDerivatives}: the hypergeometric series and its
 * derivatives in one pass) for every customer whose series converges; for the others (z near 1, alpha = beta) the
 * integral is differentiated under the integral sign with the quadrature of its value ({@link DropoutQuadrature}). The terms that depend on x only are
 * computed once per distinct x; large data are summed over chunks in parallel.
 */
final class ParetoNbdLikelihood implements Likelihood {

    private static final int CHUNK = 1 << 13;

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
        if (gradient == null) {
            return value(params);
        }
        double[] total = derivatives(params);
        System.arraycopy(total, 1, gradient, 0, 4);
        if (hessian != null) {
            for (int i = 0; i < 4; i++) {
                System.arraycopy(total, 5 + 4 * i, hessian[i], 0, 4);
            }
        }
        return total[0];
    }

    /** Value, gradient and row-major Hessian in (r, alpha, s, beta), summed over the customers. */
    private double[] derivatives(double[] params) {
        double r = params[0], alpha = params[1], s = params[2], beta = params[3];
        int n = x.length;
        double[] total;
        if (n < 4 * CHUNK) {
            total = derivativeRange(params, 0, n);
        } else {
            int chunks = (n + CHUNK - 1) / CHUNK;
            double[][] sums = IntStream.range(0, chunks).parallel()
                    .mapToObj(c -> derivativeRange(params, c * CHUNK, Math.min(n, (c + 1) * CHUNK))).toArray(double[][]::new);
            total = new double[21];
            for (double[] sum : sums) {
                for (int i = 0; i < total.length; i++) {
                    total[i] += sum[i]; // in chunk order, so the value does not depend on the thread schedule
                }
            }
        }
        // per distinct x: ln Gamma(r+x) - ln Gamma(r) + r ln alpha + s ln beta
        double constant = r * Math.log(alpha) + s * Math.log(beta) - Gamma.logGamma(r);
        double digammaR = Gamma.digamma(r);
        double trigammaR = Gamma.trigamma(r);
        for (int k = 0; k < countByX.length; k++) {
            long c = countByX[k];
            if (c > 0) {
                total[0] += c * (Gamma.logGamma(r + k) + constant);
                total[1] += c * (Gamma.digamma(r + k) - digammaR + Math.log(alpha));
                total[2] += c * r / alpha;
                total[3] += c * Math.log(beta);
                total[4] += c * s / beta;
                total[5] += c * (Gamma.trigamma(r + k) - trigammaR);
                total[5 + 1] += c / alpha;
                total[5 + 4] += c / alpha;
                total[5 + 5] -= c * r / (alpha * alpha);
                total[5 + 11] += c / beta;
                total[5 + 14] += c / beta;
                total[5 + 15] -= c * s / (beta * beta);
            }
        }
        return total;
    }

    private double[] derivativeRange(double[] params, int from, int to) {
        ParetoNbdDerivatives analytic = new ParetoNbdDerivatives();
        double[] one = new double[21];
        double[] total = new double[21];
        for (int i = from; i < to; i++) {
            analytic.customer(params[0], params[1], params[2], params[3], x[i], tx[i], age[i], one);
            for (int j = 0; j < total.length; j++) {
                total[j] += one[j];
            }
        }
        return total;
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
