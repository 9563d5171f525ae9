package com.scudo.analytics.model;

import org.hipparchus.special.Gamma;

import java.util.ArrayList;
import java.util.List;

/**
 * Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV"; as in lifetimes) in (p, q, gamma):
 * each order's value ~ Gamma(p, nu), nu ~ Gamma(q, gamma) across customers; the data are x repeat
 * purchases and their mean value m. The x-only terms are computed once per distinct x.
 */
final class GammaGammaLikelihood implements Likelihood {

    private final int[] x;
    private final double[] mean;
    private final int[] countByX;
    private final double sumXLogMean;
    private final double sumLogMean;
    private final double sumXLogX;

    GammaGammaLikelihood(int[] x, double[] mean) {
        this.x = x;
        this.mean = mean;
        int maxX = 0;
        double xLogMean = 0, logMean = 0, xLogX = 0;
        for (int i = 0; i < x.length; i++) {
            maxX = Math.max(maxX, x[i]);
            double lm = Math.log(mean[i]);
            xLogMean += x[i] * lm;
            logMean += lm;
            xLogX += x[i] * Math.log(x[i]);
        }
        countByX = new int[maxX + 1];
        for (int xi : x) {
            countByX[xi]++;
        }
        sumXLogMean = xLogMean;
        sumLogMean = logMean;
        sumXLogX = xLogX;
    }

    /** Customers with at least one repeat purchase and a positive mean repeat value; others carry no spend data. */
    static GammaGammaLikelihood of(List<PurchaseSummary> customers) {
        List<PurchaseSummary> repeat = new ArrayList<>();
        for (PurchaseSummary c : customers) {
            if (c.frequency() > 0 && c.averageRepeatValue() > 0) {
                repeat.add(c);
            }
        }
        int[] x = new int[repeat.size()];
        double[] mean = new double[repeat.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = repeat.get(i).frequency();
            mean[i] = repeat.get(i).averageRepeatValue();
        }
        return new GammaGammaLikelihood(x, mean);
    }

    @Override
    public int dimension() {
        return 3;
    }

    @Override
    public int customers() {
        return x.length;
    }

    double meanValue() {
        double total = 0;
        for (double m : mean) {
            total += m;
        }
        return x.length == 0 ? 0 : total / x.length;
    }

    @Override
    public Likelihood sample(int size) {
        if (size >= x.length) {
            return this;
        }
        int[] sx = new int[size];
        double[] sm = new double[size];
        double stride = (double) x.length / size;
        for (int i = 0; i < size; i++) {
            int j = (int) (i * stride);
            sx[i] = x[j];
            sm[i] = mean[j];
        }
        return new GammaGammaLikelihood(sx, sm);
    }

    @Override
    public double evaluate(double[] params, double[] gradient, double[][] hessian) {
        double p = params[0];
        double q = params[1];
        double gamma = params[2];
        double n = x.length;
        double logGamma = Math.log(gamma);
        double value = -n * Gamma.logGamma(q) + n * q * logGamma + p * sumXLogMean - sumLogMean + p * sumXLogX;
        double gp = sumXLogMean + sumXLogX, gq = n * (logGamma - Gamma.digamma(q)), gg = n * q / gamma;
        double hpp = 0, hpq = 0, hqq = -n * Gamma.trigamma(q), hpg = 0, hqg = n / gamma, hgg = -n * q / (gamma * gamma);
        boolean derivatives = gradient != null;
        for (int xi = 1; xi < countByX.length; xi++) {
            int c = countByX[xi];
            if (c == 0) {
                continue;
            }
            double px = p * xi;
            value += c * (Gamma.logGamma(px + q) - Gamma.logGamma(px));
            if (derivatives) {
                double psiSum = Gamma.digamma(px + q);
                gp += c * xi * (psiSum - Gamma.digamma(px));
                gq += c * psiSum;
                if (hessian != null) {
                    double triSum = Gamma.trigamma(px + q);
                    hpp += c * (double) xi * xi * (triSum - Gamma.trigamma(px));
                    hpq += c * xi * triSum;
                    hqq += c * triSum;
                }
            }
        }
        for (int i = 0; i < x.length; i++) {
            double total = x[i] * mean[i] + gamma;
            double shape = p * x[i] + q;
            value -= shape * Math.log(total);
            if (derivatives) {
                double logTotal = Math.log(total);
                gp -= x[i] * logTotal;
                gq -= logTotal;
                gg -= shape / total;
                if (hessian != null) {
                    hpg -= x[i] / total;
                    hqg -= 1 / total;
                    hgg += shape / (total * total);
                }
            }
        }
        if (derivatives) {
            gradient[0] = gp;
            gradient[1] = gq;
            gradient[2] = gg;
        }
        if (hessian != null) {
            double[][] h = {{hpp, hpq, hpg}, {hpq, hqq, hqg}, {hpg, hqg, hgg}};
            for (int i = 0; i < 3; i++) {
                System.arraycopy(h[i], 0, hessian[i], 0, 3);
            }
        }
        return value;
    }

    /**
     * E[spend per order | x, m] = (p (gamma + x m)) / (p x + q - 1): a weighted mean of the population
     * mean p gamma / (q - 1) and the customer's own mean; for x = 0 it is the population mean.
     */
    static double conditionalExpectedSpend(double p, double q, double gamma, int x, double mean) {
        double m = x > 0 ? mean : 0;
        double denominator = p * x + q - 1;
        if (denominator <= 0) {
            return x > 0 ? m : 0;
        }
        return p * (gamma + x * m) / denominator;
    }
}
