package com.scudo.analytics.model;

import java.util.List;
import java.util.stream.IntStream;

/**
 * BG/NBD (Fader, Hardie and Lee 2005) and MBG/NBD (Batislam et al. 2007) log-likelihood in (r, alpha, a, b).
 * Both share the form  C(x) + logsumexp(A3, A4); MBG/NBD lets a customer drop out right after the first
 * purchase too, which shifts the beta terms by one ({@code shift} = 1) and keeps A4 for x = 0.
 * The terms that depend on x only are computed once per distinct x; per customer there are three logs and
 * one exp (Math.log, not the much slower log1p: the lost digits are below 1e-16 of the total), and large
 * data are summed over chunks in parallel.
 */
final class BetaGeoLikelihood implements Likelihood {

    private static final int CHUNK = 1 << 15;
    private static final int VALUE = 0;
    private static final int GRADIENT = 1;
    private static final int HESSIAN = 2;

    private final int shift;
    private final int[] x;
    private final double[] tx;
    private final double[] age;
    private final long[] countByX;

    private BetaGeoLikelihood(int shift, int[] x, double[] tx, double[] age) {
        this.shift = shift;
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

    static BetaGeoLikelihood bgNbd(List<PurchaseSummary> customers) {
        return of(0, customers);
    }

    static BetaGeoLikelihood mbgNbd(List<PurchaseSummary> customers) {
        return of(1, customers);
    }

    static BetaGeoLikelihood of(boolean modified, int[] x, double[] tx, double[] age) {
        return new BetaGeoLikelihood(modified ? 1 : 0, x, tx, age);
    }

    private static BetaGeoLikelihood of(int shift, List<PurchaseSummary> customers) {
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
        return new BetaGeoLikelihood(shift, x, tx, age);
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
        return new BetaGeoLikelihood(shift, sx, stx, sage);
    }

    @Override
    public double evaluate(double[] params, double[] gradient, double[][] hessian) {
        double r = params[0];
        double alpha = params[1];
        double a = params[2];
        double b = params[3];
        int mode = hessian != null ? HESSIAN : gradient != null ? GRADIENT : VALUE;
        int maxX = countByX.length - 1;
        // 1/(b + x + shift - 1) and its log, per x; unused where x + shift == 0
        double[] inverseB = new double[maxX + 1];
        double[] logInverseB = new double[maxX + 1];
        for (int k = 0; k <= maxX; k++) {
            double denominator = b + k + shift - 1;
            inverseB[k] = 1 / denominator;
            logInverseB[k] = -Math.log(denominator);
        }
        double[] sums = sumCustomers(r, alpha, a, inverseB, logInverseB, mode);
        double[] total = addConstantTerms(sums, r, alpha, a, b, mode);
        if (mode >= GRADIENT) {
            System.arraycopy(total, 1, gradient, 0, 4);
        }
        if (mode == HESSIAN) {
            int index = 5;
            for (int i = 0; i < 4; i++) {
                for (int j = i; j < 4; j++) {
                    hessian[i][j] = total[index];
                    hessian[j][i] = total[index];
                    index++;
                }
            }
        }
        return total[0];
    }

    private double[] sumCustomers(double r, double alpha, double a, double[] inverseB, double[] logInverseB, int mode) {
        int n = x.length;
        if (n < 4 * CHUNK) {
            return sumRange(0, n, r, alpha, a, inverseB, logInverseB, mode);
        }
        int chunks = (n + CHUNK - 1) / CHUNK;
        return IntStream.range(0, chunks).parallel()
                .mapToObj(c -> sumRange(c * CHUNK, Math.min(n, (c + 1) * CHUNK), r, alpha, a, inverseB, logInverseB, mode))
                .reduce(new double[15], BetaGeoLikelihood::add);
    }

    private static double[] add(double[] left, double[] right) {
        double[] out = new double[left.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = left[i] + right[i];
        }
        return out;
    }

    /** value, gradient (4) and upper Hessian (10) of the sum of logsumexp(A3, A4) over customers [from, to). */
    private double[] sumRange(int from, int to, double r, double alpha, double a, double[] inverseB, double[] logInverseB, int mode) {
        double logA = Math.log(a);
        double inverseA = 1 / a;
        double v = 0;
        double g0 = 0, g1 = 0, g2 = 0, g3 = 0;
        double h00 = 0, h01 = 0, h02 = 0, h03 = 0, h11 = 0, h12 = 0, h13 = 0, h22 = 0, h23 = 0, h33 = 0;
        for (int i = from; i < to; i++) {
            int xi = x[i];
            double rx = r + xi;
            double alphaT = alpha + age[i];
            double u = Math.log(alphaT);
            double a3 = -rx * u;
            if (xi + shift == 0) {
                // BG/NBD one-time buyer: only the "still active" term
                v += a3;
                if (mode >= GRADIENT) {
                    g0 -= u;
                    g1 -= rx / alphaT;
                    if (mode == HESSIAN) {
                        h01 -= 1 / alphaT;
                        h11 += rx / (alphaT * alphaT);
                    }
                }
                continue;
            }
            double alphaTx = alpha + tx[i];
            double logTx = Math.log(alphaTx);
            double a4 = logA + logInverseB[xi] - rx * logTx;
            double d = a4 - a3;
            double w;
            if (d > 0) {
                double e = Math.exp(-d);
                v += a4 + Math.log(1 + e);
                w = 1 / (1 + e);
            } else {
                double e = Math.exp(d);
                v += a3 + Math.log(1 + e);
                w = e / (1 + e);
            }
            if (mode == VALUE) {
                continue;
            }
            double w3 = 1 - w;
            double ib = inverseB[xi];
            double dAlpha3 = -rx / alphaT;
            double dAlpha4 = -rx / alphaTx;
            g0 += -w3 * u - w * logTx;
            g1 += w3 * dAlpha3 + w * dAlpha4;
            g2 += w * inverseA;
            g3 -= w * ib;
            if (mode == HESSIAN) {
                double ww = w * w3;
                double dr = u - logTx;
                double da = dAlpha4 - dAlpha3;
                h00 += ww * dr * dr;
                h01 += -w3 / alphaT - w / alphaTx + ww * dr * da;
                h02 += ww * dr * inverseA;
                h03 -= ww * dr * ib;
                h11 += w3 * rx / (alphaT * alphaT) + w * rx / (alphaTx * alphaTx) + ww * da * da;
                h12 += ww * da * inverseA;
                h13 -= ww * da * ib;
                h22 += (ww - w) * inverseA * inverseA;
                h23 -= ww * inverseA * ib;
                h33 += (w + ww) * ib * ib;
            }
        }
        return new double[] {v, g0, g1, g2, g3, h00, h01, h02, h03, h11, h12, h13, h22, h23, h33};
    }

    /** Adds r ln(alpha) + ln Gamma(r+x)/Gamma(r) + ln B(a, b+x+shift)/B(a, b), summed by distinct x. */
    private double[] addConstantTerms(double[] t, double r, double alpha, double a, double b, int mode) {
        long n = x.length;
        double logAlpha = Math.log(alpha);
        t[0] += n * r * logAlpha;
        t[1] += n * logAlpha;
        t[2] += n * r / alpha;
        t[6] += n / alpha;
        t[9] -= n * r / (alpha * alpha);
        // running sums over k < x of ln(r+k) and of ln(b+k) - ln(a+b+k) (k < x + shift), with derivatives
        double lr = 0, dr = 0, hr = 0;
        double lb = 0, da = 0, db = 0, haa = 0, hbb = 0;
        for (int k = 0; k < shift; k++) {
            lb += Math.log(b + k) - Math.log(a + b + k);
            da -= 1 / (a + b + k);
            db += 1 / (b + k) - 1 / (a + b + k);
            haa += 1 / ((a + b + k) * (a + b + k));
            hbb += 1 / ((a + b + k) * (a + b + k)) - 1 / ((b + k) * (b + k));
        }
        for (int xi = 0; xi < countByX.length; xi++) {
            long c = countByX[xi];
            if (c > 0) {
                t[0] += c * (lr + lb);
                if (mode >= GRADIENT) {
                    t[1] += c * dr;
                    t[3] += c * da;
                    t[4] += c * db;
                    t[5] += c * hr;
                    t[12] += c * haa;
                    t[13] += c * haa;
                    t[14] += c * hbb;
                }
            }
            lr += Math.log(r + xi);
            dr += 1 / (r + xi);
            hr -= 1 / ((r + xi) * (r + xi));
            int k = xi + shift;
            double ab = a + b + k;
            lb += Math.log(b + k) - Math.log(ab);
            da -= 1 / ab;
            db += 1 / (b + k) - 1 / ab;
            haa += 1 / (ab * ab);
            hbb += 1 / (ab * ab) - 1 / ((b + k) * (b + k));
        }
        return t;
    }
}
