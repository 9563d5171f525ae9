package com.scudo.analytics.model;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;

/**
 * The Pareto/NBD "dropped out between the last purchase and now" integral, in logs:
 * ln ∫ (d + u)^-p u^-q du over [u1, u2], with u = min(alpha, beta) + tau, d = |alpha - beta| and
 * (p, q) = (r + x, s + 1) when alpha >= beta, (s + 1, r + x) otherwise. Fader and Hardie's A0 is
 * (r + s + x) times it.
 *
 * <p>The tail from u to infinity is (d+u)^-a / a · 2F1(a, q; a+1; z) with a = p + q - 1 and
 * z = d / (d + u) (the lifetimes/BTYD form). Euler's transformation turns it into
 * (1-z)^(1-q) · 2F1(1, p; a+1; z), whose terms are positive and fall at least as fast as z^k, so it never
 * overflows and, for z up to 1/2 or a large q, converges in a few dozen terms. Near z = 1 with a small q
 * (a tiny min(alpha, beta) beside the other, which the optimiser visits) the series needs of the order
 * of 1/(1-z) terms; there the part of the range with u below d (z above 1/2) is integrated instead:
 * Gauss-Legendre panels in ln u, narrow where the integrand falls steeply, stopped once it is
 * negligible, and the rest (z at most 1/2) comes from the series. Where u is far below d (below d / (2 (p+1))),
 * the binomial series of (d+u)^-p in u/d, integrated term by term, replaces the quadrature ({@link #logNearZero}):
 * a fit whose optimiser wanders to a huge beta (nobody leaves) would otherwise integrate numerically for most
 * customers at every step.
 */
final class DropoutIntegral {

    /** Terms the series may take before the range is integrated numerically instead. */
    private static final int SERIES_TERMS = 300;
    private static final double TOLERANCE = 1e-17;
    /** A panel spans at most this much of ln u ... */
    static final double PANEL = 0.5;
    /** ... and the log-integrand changes by at most about this much across it. */
    static final double PANEL_DROP = 2;
    /** Below exp(-NEGLIGIBLE) of its largest value a falling (log-concave) integrand no longer counts. */
    static final double NEGLIGIBLE = 42;

    /**
     * The 12-point Gauss-Legendre rule on [-1, 1] as hipparchus' {@code legendreHighPrecision(12, -1, 1)} gives it, to the
     * last bit ({@code DropoutIntegralTests} compares them): computing it in {@code Dfp} took about half a second of CPU
     * in every JVM that integrated once, 9 % of the fitting phase of a 100,000-customer run.
     */
    private static final class Legendre {
        static final double[] POINTS = {-0.9815606342467192, -0.9041172563704749, -0.7699026741943047, -0.5873179542866175,
            -0.3678314989981802, -0.1252334085114689, 0.1252334085114689, 0.3678314989981802, 0.5873179542866175,
            0.7699026741943047, 0.9041172563704749, 0.9815606342467192};
        static final double[] WEIGHTS = {0.04717533638651183, 0.10693932599531843, 0.16007832854334622, 0.20316742672306592,
            0.2334925365383548, 0.24914704581340277, 0.24914704581340277, 0.2334925365383548, 0.20316742672306592,
            0.16007832854334622, 0.10693932599531843, 0.04717533638651183};
        static final GaussIntegrator RULE = new GaussIntegrator(POINTS, WEIGHTS);
    }

    private DropoutIntegral() {
    }

    /** The 12-point Gauss-Legendre rule of every panel (also {@link DropoutQuadrature}'s). */
    static GaussIntegrator rule() {
        return Legendre.RULE;
    }

    /** ln of the integral over [u1, u2]; -infinity when the range is empty. */
    static double log(double p, double q, double d, double u1, double u2) {
        return logTimesA(p, q, d, u1, u2) - Math.log(p + q - 1);
    }

    /** ln of a = p + q - 1 times the integral: Fader and Hardie's ln A0, without the ln a both sides would carry. */
    static double logTimesA(double p, double q, double d, double u1, double u2) {
        if (!(u2 > u1)) {
            return Double.NEGATIVE_INFINITY;
        }
        double near = d / (2 * (p + 1));
        if (u1 < near) {
            // far below d the binomial series needs a handful of terms where the series in z could need thousands
            double low = logNearZero(p, q, d, u1, Math.min(u2, near)) + Math.log(p + q - 1);
            return u2 <= near ? low : ParetoNbdModel.logSumExp(low, logTimesA(p, q, d, near, u2));
        }
        double tail1 = logTail(p, q, d, u1);
        double tail2 = logTail(p, q, d, u2);
        if (!Double.isNaN(tail1) && !Double.isNaN(tail2)) {
            return difference(tail1, tail2);
        }
        // the series is slow only where z > 1/2, i.e. u < d: integrate that part
        double end = Math.min(u2, d);
        Quadrature inner = integrate(p, q, d, u1, end);
        double innerTimesA = inner.log + Math.log(p + q - 1);
        if (inner.negligibleBeyond || u2 <= d) {
            return innerTimesA;
        }
        return ParetoNbdModel.logSumExp(innerTimesA, difference(logTail(p, q, d, d), tail2));
    }

    /** ln(e^first - e^second) for second <= first (rounding may leave second a hair above: then the result is tiny). */
    private static double difference(double first, double second) {
        return first + Math.log(-Math.expm1(Math.min(0, second - first)));
    }

    /**
     * ln of a times ∫ from u to infinity, by the Euler-transformed series; NaN when the series has not converged
     * within {@link #SERIES_TERMS} terms.
     */
    static double logTail(double p, double q, double d, double u) {
        double a = p + q - 1;
        double z = d / (d + u);
        double term = 1;
        double sum = 1;
        // terms fall by (p + k) / (a + 1 + k) * z < z, so the rest after a term is below term * z / (1 - z);
        // with q > 1 they also fall like (p + k)^-q, which bounds the rest by about term * (p + k) / (q - 1)
        double geometric = z / (1 - z);
        double power = q > 1 ? 1 / (q - 1) : Double.POSITIVE_INFINITY;
        for (int k = 0; term * Math.min(geometric, (p + k) * power) > TOLERANCE * sum; k++) {
            if (k == SERIES_TERMS) {
                return Double.NaN;
            }
            term *= (p + k) / (a + 1 + k) * z;
            sum += term;
        }
        return -p * Math.log(d + u) + (1 - q) * Math.log(u) + Math.log(sum);
    }

    /**
     * ln ∫ over [a, b] for b at most d / (2 (p + 1)), by the binomial series of (d + u)^-p in u / d integrated term by
     * term: d^-p Σ_j c_j d^-j ∫ u^(j-q) du, c_j = (-p choose j). Its terms alternate and fall by at least half each
     * (|ratio| <= (p + j) / (j + 1) · b / d), so the sum is at least half its first term and a few dozen terms at most
     * reach full precision; where the series in z would need thousands (u far below d) this needs a handful. Each
     * term is kept relative to a^(1-q): X_j = (b/a)^(1-q) (b/d)^j and Y_j = (a/d)^j, term (X_j - Y_j) / e_j with
     * e_j = j + 1 - q, or Y_j expm1(e_j ln(b/a)) / e_j where the difference would cancel.
     */
    static double logNearZero(double p, double q, double d, double a, double b) {
        double e0 = 1 - q;
        double logRatio = Math.log(b / a);
        double x = Math.exp(e0 * logRatio);
        double y = 1;
        double coefficient = 1;
        double sum = 0;
        for (int j = 0; j < SERIES_TERMS; j++) {
            double e = e0 + j;
            double term;
            if (Math.abs(e * logRatio) < 0.5) {
                term = coefficient * y * (e == 0 ? logRatio : Math.expm1(e * logRatio) / e);
            } else {
                term = coefficient * (x - y) / e;
            }
            sum += term;
            if (Math.abs(term) <= TOLERANCE * Math.abs(sum)) {
                break;
            }
            coefficient *= -(p + j) / (j + 1);
            x *= b / d;
            y *= a / d;
        }
        return -p * Math.log(d) + e0 * Math.log(a) + Math.log(sum);
    }

    private record Quadrature(double log, boolean negligibleBeyond) {
    }

    /** Composite Gauss-Legendre in y = ln u of exp(lnh(y)), lnh(y) = -p ln(d + e^y) + (1 - q) y (du = u dy). */
    private static Quadrature integrate(double p, double q, double d, double u1, double u2) {
        double y = Math.log(u1);
        double yEnd = Math.log(u2);
        double reference = logIntegrand(p, q, d, y);
        double peak = reference;
        double sum = 0;
        while (y < yEnd) {
            double width = Math.min(Math.min(PANEL, PANEL_DROP / steepness(p, q, d, y + PANEL)), yEnd - y);
            double half = width / 2;
            double mid = y + half;
            double panel = 0;
            GaussIntegrator rule = Legendre.RULE;
            for (int i = 0; i < rule.getNumberOfPoints(); i++) {
                panel += rule.getWeight(i) * Math.exp(logIntegrand(p, q, d, mid + half * rule.getPoint(i)) - reference);
            }
            sum += half * panel;
            y += width;
            double here = logIntegrand(p, q, d, y);
            peak = Math.max(peak, here);
            boolean falling = -p * Math.exp(y) / (d + Math.exp(y)) + (1 - q) < 0;
            if (falling && here < peak - NEGLIGIBLE && y < yEnd) {
                return new Quadrature(reference + Math.log(sum), true);
            }
        }
        return new Quadrature(reference + Math.log(sum), false);
    }

    static double logIntegrand(double p, double q, double d, double y) {
        return -p * Math.log(d + Math.exp(y)) + (1 - q) * y;
    }

    /** A bound on |d lnh / dy| up to y (it grows with y). */
    static double steepness(double p, double q, double d, double y) {
        double u = Math.exp(y);
        return p * u / (d + u) + Math.abs(1 - q);
    }
}
