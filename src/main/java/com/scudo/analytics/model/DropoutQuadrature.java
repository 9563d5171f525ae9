package com.scudo.analytics.model;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;

/**
 * The gradient and Hessian in (r, alpha, s, beta) of ln I, I = ∫ from t_x to T of f(τ) dτ with
 * f = (alpha+τ)^-(r+x) (beta+τ)^-(s+1), for the customers whose hypergeometric series is too slow for
 * {@link ParetoNbdDerivatives} (z near 1 with a small exponent, alpha = beta, or tails that cancel): differentiated
 * under the integral sign, with the quadrature {@link DropoutIntegral} uses for the value. The limits do not depend on
 * the parameters, so with g = ∇ ln f and h = ∇² ln f (both simple in τ), ∇ ln I = E[g] and
 * ∇² ln I = E[g gᵀ + h] - E[g] E[g]ᵀ under the weights f / I: one pass over the nodes with 15 running sums, where
 * central differences needed the value at 33 points (each integrating again). The nodes are Gauss-Legendre panels in
 * y = ln(min(alpha, beta) + τ), narrow where f falls steeply and stopped once it is negligible, as in
 * {@link DropoutIntegral}; g is taken relative to its value at t_x so the variance terms do not cancel.
 */
final class DropoutQuadrature {

    private static final int R = 0, ALPHA = 1, S = 2, BETA = 3;

    private final double[] g = new double[4];
    private final double[] g0 = new double[4];
    private final double[] sumG = new double[4];
    private final double[] sumGg = new double[16];

    /**
     * Writes the gradient (out[1..4]) and row-major Hessian (out[5..20]) of ln I into {@code out}; out[0] is left for
     * the caller, whose value comes from {@link DropoutIntegral} so that it is the one the value-only pass sums.
     */
    void logIntegralDerivatives(double r, double alpha, double s, double beta, int x, double tx, double age, double[] out) {
        boolean alphaLarger = alpha >= beta;
        double small = Math.min(alpha, beta);
        double d = Math.abs(alpha - beta);
        // exponents of (d + u) and of u, u = small + τ (as in DropoutIntegral)
        double p = alphaLarger ? r + x : s + 1;
        double q = alphaLarger ? s + 1 : r + x;
        double y = Math.log(small + tx);
        double yEnd = Math.log(small + age);
        double reference = DropoutIntegral.logIntegrand(p, q, d, y);
        gradientOfLogF(r, s, x, d, Math.exp(y), alphaLarger, g0);
        java.util.Arrays.fill(sumG, 0);
        java.util.Arrays.fill(sumGg, 0);
        double sum = 0;
        double peak = reference;
        GaussIntegrator rule = DropoutIntegral.rule();
        while (y < yEnd) {
            double width = Math.min(Math.min(DropoutIntegral.PANEL,
                    DropoutIntegral.PANEL_DROP / DropoutIntegral.steepness(p, q, d, y + DropoutIntegral.PANEL)), yEnd - y);
            double half = width / 2;
            double mid = y + half;
            for (int i = 0; i < rule.getNumberOfPoints(); i++) {
                double node = mid + half * rule.getPoint(i);
                double u = Math.exp(node);
                double weight = half * rule.getWeight(i) * Math.exp(DropoutIntegral.logIntegrand(p, q, d, node) - reference);
                gradientOfLogF(r, s, x, d, u, alphaLarger, g);
                sum += weight;
                for (int a = 0; a < 4; a++) {
                    g[a] -= g0[a];
                }
                for (int a = 0; a < 4; a++) {
                    sumG[a] += weight * g[a];
                    for (int b = a; b < 4; b++) {
                        sumGg[4 * a + b] += weight * g[a] * g[b];
                    }
                }
                // h = ∇² ln f: (r, alpha) and (s, beta) blocks only
                double aT = alphaLarger ? d + u : u;
                double bT = alphaLarger ? u : d + u;
                sumGg[4 * R + ALPHA] -= weight / aT;
                sumGg[4 * ALPHA + ALPHA] += weight * (r + x) / (aT * aT);
                sumGg[4 * S + BETA] -= weight / bT;
                sumGg[4 * BETA + BETA] += weight * (s + 1) / (bT * bT);
            }
            y += width;
            double here = DropoutIntegral.logIntegrand(p, q, d, y);
            peak = Math.max(peak, here);
            boolean falling = -p * Math.exp(y) / (d + Math.exp(y)) + (1 - q) < 0;
            if (falling && here < peak - DropoutIntegral.NEGLIGIBLE && y < yEnd) {
                break;
            }
        }
        for (int a = 0; a < 4; a++) {
            double mean = sumG[a] / sum;
            out[1 + a] = mean + g0[a];
            for (int b = a; b < 4; b++) {
                double value = sumGg[4 * a + b] / sum - mean * (sumG[b] / sum);
                out[5 + 4 * a + b] = value;
                out[5 + 4 * b + a] = value;
            }
        }
    }

    /** g = ∇ ln f at u = min(alpha, beta) + τ, in (r, alpha, s, beta); alpha + τ and beta + τ without cancellation. */
    private static void gradientOfLogF(double r, double s, int x, double d, double u, boolean alphaLarger, double[] out) {
        double aT = alphaLarger ? d + u : u;
        double bT = alphaLarger ? u : d + u;
        out[R] = -Math.log(aT);
        out[ALPHA] = -(r + x) / aT;
        out[S] = -Math.log(bT);
        out[BETA] = -(s + 1) / bT;
    }
}
