package com.scudo.analytics.model;

import org.hipparchus.random.RandomDataGenerator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Simulates a shop's order days from BG/NBD, MBG/NBD or Pareto/NBD, reproducibly from a seed: customers
 * arrive uniformly over the first {@code joinWeeks} and are observed to day {@code endDay}. Same-day
 * orders are one purchase day, as the models see them.
 */
final class ShopSimulator {

    private final RandomDataGenerator random;

    ShopSimulator(long seed) {
        random = new RandomDataGenerator(seed);
    }

    List<int[]> purchaseDays(String model, double[] p, int customers, int firstDay, double joinWeeks, int endDay) {
        List<int[]> shop = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double start = firstDay + random.nextUniform(0, joinWeeks * 7);
            double horizon = (endDay + 1 - start) / 7.0;
            double lambda = random.nextGamma(p[0], 1 / p[1]);
            List<Double> times = new ArrayList<>();
            times.add(0.0);
            if (ModelFit.PARETO_NBD.equals(model)) {
                double mu = random.nextGamma(p[2], 1 / p[3]);
                double life = Math.min(horizon, random.nextExponential(1 / mu));
                for (double t = random.nextExponential(1 / lambda); t < life; t += random.nextExponential(1 / lambda)) {
                    times.add(t);
                }
            } else {
                double dropout = random.nextBeta(p[2], p[3]);
                boolean alive = !ModelFit.MBG_NBD.equals(model) || random.nextDouble() >= dropout;
                double t = 0;
                while (alive) {
                    t += random.nextExponential(1 / lambda);
                    if (t >= horizon) {
                        break;
                    }
                    times.add(t);
                    alive = random.nextDouble() >= dropout;
                }
            }
            shop.add(times.stream().mapToInt(t -> (int) Math.floor(start + 7 * t)).filter(d -> d <= endDay).distinct().sorted().toArray());
        }
        return shop;
    }

    static String describe(List<int[]> shop) {
        return shop.size() + " customers, " + shop.stream().mapToInt(d -> d.length).sum() + " purchase days; first " + Arrays.toString(shop.get(0));
    }
}
