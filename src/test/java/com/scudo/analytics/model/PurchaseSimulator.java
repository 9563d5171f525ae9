package com.scudo.analytics.model;

import org.hipparchus.random.RandomDataGenerator;

import java.util.ArrayList;
import java.util.List;

/** Simulates customers from known BG/NBD or MBG/NBD and Gamma-Gamma parameters, reproducibly from a seed. */
final class PurchaseSimulator {

    private final RandomDataGenerator random;

    PurchaseSimulator(long seed) {
        random = new RandomDataGenerator(seed);
    }

    /**
     * Customers observed for T uniform in [minWeeks, maxWeeks]. Each buys at rate lambda ~ Gamma(r, alpha)
     * and drops out with probability p ~ Beta(a, b) after each repeat purchase (and, when modified, also
     * right after the first). Spend per order ~ Gamma(p, nu), nu ~ Gamma(q, gamma) when spend is given.
     */
    List<PurchaseSummary> customers(int count, boolean modified, double[] purchase, double[] spend, double minWeeks, double maxWeeks) {
        List<PurchaseSummary> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double age = random.nextUniform(minWeeks, maxWeeks);
            double lambda = random.nextGamma(purchase[0], 1 / purchase[1]);
            double dropout = random.nextBeta(purchase[2], purchase[3]);
            int x = 0;
            double tx = 0;
            boolean alive = !modified || random.nextDouble() >= dropout;
            double t = 0;
            while (alive) {
                t += random.nextExponential(1 / lambda);
                if (t > age) {
                    break;
                }
                x++;
                tx = t;
                alive = random.nextDouble() >= dropout;
            }
            customers.add(new PurchaseSummary(x, tx, age, x > 0 && spend != null ? meanSpend(x, spend) : 0));
        }
        return customers;
    }

    /**
     * Pareto/NBD customers observed for T uniform in [minWeeks, maxWeeks]: purchases at rate
     * lambda ~ Gamma(r, alpha) for an exponential lifetime with rate mu ~ Gamma(s, beta).
     */
    List<PurchaseSummary> paretoCustomers(int count, double[] purchase, double minWeeks, double maxWeeks) {
        List<PurchaseSummary> customers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double age = random.nextUniform(minWeeks, maxWeeks);
            double lambda = random.nextGamma(purchase[0], 1 / purchase[1]);
            double mu = random.nextGamma(purchase[2], 1 / purchase[3]);
            double end = Math.min(age, random.nextExponential(1 / mu));
            int x = 0;
            double tx = 0;
            for (double t = random.nextExponential(1 / lambda); t <= end; t += random.nextExponential(1 / lambda)) {
                x++;
                tx = t;
            }
            customers.add(new PurchaseSummary(x, tx, age, 0));
        }
        return customers;
    }

    /** The mean of x Gamma(p, nu) values is Gamma(p x, nu) / x. */
    private double meanSpend(int x, double[] spend) {
        double nu = random.nextGamma(spend[1], 1 / spend[2]);
        return random.nextGamma(spend[0] * x, 1 / nu) / x;
    }
}
