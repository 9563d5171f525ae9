package com.scudo.analytics.model;

/**
 * One customer's Pareto/NBD term logsumexp(alive, dead) with its gradient and Hessian in (r, alpha, s, beta),
 * analytically, in one pass of the hypergeometric series: the fit's Newton steps then cost about one evaluation a
 * pass instead of the 33 of central differences (the whole-shop likelihood is summed over every customer each time).
 *
 * <p>dead = ln s + ln I, I = ∫ from t_x to T of (alpha+τ)^-(r+x) (beta+τ)^-(s+1) dτ = G(t_x) - G(T), where
 * G(τ0) is the tail from τ0 to infinity. With M, m the larger and smaller of alpha and beta and p, q the exponents
 * that go with them, {@link DropoutIntegral#logTail} gives ln(a G) = -p ln(M+τ0) + (1-q) ln(m+τ0) + ln S with
 * S = Σ t_k, t_k = Π_{j<k} (p+j)/(p+q+j) · z^k, z = (M-m)/(M+τ0), a = p+q-1. The derivatives of ln t_k in p, q and
 * z are running sums, so those of ln S are weighted means over the terms; z's own derivatives in M and m follow.
 *
 * <p>Where the series would need too many terms (z near 1 with a small q: the value is then integrated
 * numerically), at alpha = beta (z = 0) and where the two tails nearly cancel, the derivatives of the dead part come
 * from {@link DropoutQuadrature} instead: the integral differentiated under the integral sign.
 */
final class ParetoNbdDerivatives {

    /** Terms the series may take; beyond, the quadrature takes over. */
    private static final int SERIES_TERMS = 300;
    private static final double TOLERANCE = 1e-17;
    /** Tails closer than this share of each other cancel too much for analytic derivatives of their difference. */
    private static final double CANCELLATION = 1e-6;

    /** Local order of the tail's variables: p, q, M, m. */
    private static final int P = 0, Q = 1, BIG = 2, SMALL = 3;

    private static final int[] ALPHA_LARGER = {0, 2, 1, 3};
    private static final int[] BETA_LARGER = {2, 0, 3, 1};

    private final double[] tail1 = new double[21];
    private final double[] tail2 = new double[21];
    private final double[] dead = new double[21];
    private final DropoutQuadrature quadrature = new DropoutQuadrature();

    /**
     * Fills {@code out} with the value (index 0), the gradient (1..4) and the full Hessian (5..20, row-major) of
     * logsumexp(alive, dead) for one customer at (r, alpha, s, beta).
     */
    void customer(double r, double alpha, double s, double beta, int x, double tx, double age, double[] out) {
        clear(out);
        // alive = -(r+x) ln(alpha+T) - s ln(beta+T)
        double aT = alpha + age;
        double bT = beta + age;
        out[0] = -(r + x) * Math.log(aT) - s * Math.log(bT);
        out[1] = -Math.log(aT);
        out[2] = -(r + x) / aT;
        out[3] = -Math.log(bT);
        out[4] = -s / bT;
        set(out, 0, 1, -1 / aT);
        set(out, 1, 1, (r + x) / (aT * aT));
        set(out, 2, 3, -1 / bT);
        set(out, 3, 3, s / (bT * bT));
        if (!(age > tx)) {
            return; // bought today: no time to have died in
        }
        boolean alphaLarger = alpha >= beta;
        // where p, q, M, m sit in (r, alpha, s, beta)
        int[] at = alphaLarger ? ALPHA_LARGER : BETA_LARGER;
        double p = alphaLarger ? r + x : s + 1;
        double q = alphaLarger ? s + 1 : r + x;
        double big = Math.max(alpha, beta);
        double small = Math.min(alpha, beta);
        if (!(big > small) || !logTail(p, q, big, small, tx, tail1, at) || !logTail(p, q, big, small, age, tail2, at)
                || !(Math.exp(tail2[0] - tail1[0]) < 1 - CANCELLATION)) {
            deadByQuadrature(r, alpha, s, beta, x, tx, age);
            combine(out, dead);
            return;
        }
        double ratio = Math.exp(tail2[0] - tail1[0]);
        // ln(e^L1 - e^L2): gradient (g1 - ratio g2) / (1 - ratio); Hessian from the second moments
        clear(dead);
        double share = 1 / (1 - ratio);
        dead[0] = tail1[0] + Math.log1p(-ratio);
        for (int i = 0; i < 4; i++) {
            dead[1 + i] = share * (tail1[1 + i] - ratio * tail2[1 + i]);
        }
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double first = tail1[5 + 4 * i + j] + tail1[1 + i] * tail1[1 + j];
                double second = tail2[5 + 4 * i + j] + tail2[1 + i] * tail2[1 + j];
                dead[5 + 4 * i + j] = share * (first - ratio * second) - dead[1 + i] * dead[1 + j];
            }
        }
        // dead = ln s + ln(a I) - ln a, a = r + s + x
        double a = r + s + x;
        dead[0] += Math.log(s) - Math.log(a);
        dead[1] -= 1 / a;
        dead[3] += 1 / s - 1 / a;
        double curvature = 1 / (a * a);
        dead[5] += curvature;
        dead[5 + 2] += curvature;
        dead[5 + 4 * 2] += curvature;
        dead[5 + 4 * 2 + 2] += curvature - 1 / (s * s);
        combine(out, dead);
    }

    /** dead = ln s + ln I: its value as the value-only pass has it, its derivatives under the integral. */
    private void deadByQuadrature(double r, double alpha, double s, double beta, int x, double tx, double age) {
        clear(dead);
        quadrature.logIntegralDerivatives(r, alpha, s, beta, x, tx, age, dead);
        dead[0] = Math.log(s) - Math.log(r + s + x) + new ParetoNbdModel(r, alpha, s, beta).logA0(x, tx, age);
        dead[3] += 1 / s;
        dead[5 + 4 * 2 + 2] -= 1 / (s * s);
    }

    /** out := logsumexp(out, other) with derivatives. */
    private static void combine(double[] out, double[] other) {
        double larger = Math.max(out[0], other[0]);
        double wOther = Math.exp(other[0] - larger);
        double wOut = Math.exp(out[0] - larger);
        double total = wOther + wOut;
        double w = wOther / total;
        double value = larger + Math.log(total);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                int h = 5 + 4 * i + j;
                out[h] = (1 - w) * out[h] + w * other[h] + w * (1 - w) * (other[1 + i] - out[1 + i]) * (other[1 + j] - out[1 + j]);
            }
        }
        for (int i = 0; i < 4; i++) {
            out[1 + i] = (1 - w) * out[1 + i] + w * other[1 + i];
        }
        out[0] = value;
    }

    /**
     * ln(a G(τ0)) with its gradient and Hessian, written into {@code out} at the positions {@code at} gives for p, q,
     * M, m in (r, alpha, s, beta); false when the series has not converged within {@link #SERIES_TERMS} terms.
     */
    private static boolean logTail(double p, double q, double big, double small, double tau0, double[] out, int[] at) {
        double u = big + tau0;
        double v = small + tau0;
        double z = (big - small) / u;
        // running sums over the terms: S, then Σ t·g and Σ t·(g g' + h) for g = d ln t_k / d(p, q, z)
        double term = 1, sum = 1;
        double gp = 0, gq = 0, hpp = 0, hpq = 0;
        double sp = 0, sq = 0, sz = 0, spp = 0, spq = 0, spz = 0, sqq = 0, sqz = 0, szz = 0;
        double geometric = z / (1 - z);
        double power = q > 1 ? 1 / (q - 1) : Double.POSITIVE_INFINITY;
        int k = 0;
        // the derivative sums carry weights up to k^2: the rest must be small enough with them too
        while (term * Math.min(geometric, (p + k) * power) * (k + 1.0) * (k + 1.0) > TOLERANCE * sum) {
            if (k == SERIES_TERMS) {
                return false;
            }
            double up = 1 / (p + k);
            double down = 1 / (p + q + k);
            double termOverZ = term * (p + k) * down; // t_{k+1} / z, without dividing by a tiny z
            term = termOverZ * z;
            k++;
            gp += up - down;
            gq -= down;
            hpp += down * down - up * up;
            hpq += down * down;
            double tz = termOverZ * k; // t_k · d ln t_k / dz = t_k k / z
            sum += term;
            sp += term * gp;
            sq += term * gq;
            sz += tz;
            spp += term * (gp * gp + hpp);
            spq += term * (gp * gq + hpq);
            sqq += term * (gq * gq + hpq);
            spz += tz * gp;
            sqz += tz * gq;
            if (k >= 2) {
                szz += termOverZ / z * k * (k - 1); // t_k (k^2 - k) / z^2
            }
        }
        double lp = sp / sum, lq = sq / sum, lz = sz / sum;
        double lpp = spp / sum - lp * lp, lpq = spq / sum - lp * lq, lqq = sqq / sum - lq * lq;
        double lpz = spz / sum - lp * lz, lqz = sqz / sum - lq * lz, lzz = szz / sum - lz * lz;
        double zBig = v / (u * u), zSmall = -1 / u, zBigBig = -2 * v / (u * u * u), zBigSmall = 1 / (u * u);
        clear(out);
        out[0] = -p * Math.log(u) + (1 - q) * Math.log(v) + Math.log(sum);
        out[1 + at[P]] = -Math.log(u) + lp;
        out[1 + at[Q]] = -Math.log(v) + lq;
        out[1 + at[BIG]] = -p / u + lz * zBig;
        out[1 + at[SMALL]] = (1 - q) / v + lz * zSmall;
        set(out, at[P], at[P], lpp);
        set(out, at[P], at[Q], lpq);
        set(out, at[P], at[BIG], -1 / u + lpz * zBig);
        set(out, at[P], at[SMALL], lpz * zSmall);
        set(out, at[Q], at[Q], lqq);
        set(out, at[Q], at[BIG], lqz * zBig);
        set(out, at[Q], at[SMALL], -1 / v + lqz * zSmall);
        set(out, at[BIG], at[BIG], p / (u * u) + lzz * zBig * zBig + lz * zBigBig);
        set(out, at[BIG], at[SMALL], lzz * zBig * zSmall + lz * zBigSmall);
        set(out, at[SMALL], at[SMALL], -(1 - q) / (v * v) + lzz * zSmall * zSmall);
        return true;
    }

    private static void set(double[] out, int i, int j, double value) {
        out[5 + 4 * i + j] = value;
        out[5 + 4 * j + i] = value;
    }

    private static void clear(double[] out) {
        java.util.Arrays.fill(out, 0);
    }
}
