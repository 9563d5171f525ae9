package com.scudo.analytics.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The workspace's RFM quintile boundaries. Each score is 1 + the number of boundaries the customer
 * beats, so equal values always get equal scores. A shop with fewer customers than
 * {@code minCustomers} gets fixed small-shop boundaries instead of quintiles of a handful.
 */
record RfmScale(double[] recencyDays, double[] orders, double[] spent, boolean fixed) {

    static final RfmScale SMALL_SHOP = new RfmScale(new double[] {30, 60, 120, 240}, new double[] {1, 3, 6, 12},
            new double[] {100, 500, 1500, 4000}, true);

    static RfmScale of(double[] recencyDays, double[] orders, double[] spent, int minCustomers) {
        if (recencyDays.length < minCustomers) {
            return SMALL_SHOP;
        }
        return new RfmScale(quintileCuts(recencyDays), quintileCuts(orders), quintileCuts(spent), false);
    }

    /** The values at 20, 40, 60 and 80 % of the sorted list. */
    static double[] quintileCuts(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[4];
        for (int k = 1; k <= 4; k++) {
            int index = (int) Math.ceil(sorted.length * k / 5.0) - 1;
            cuts[k - 1] = sorted[Math.max(0, index)];
        }
        return cuts;
    }

    int recencyScore(double daysSinceLastOrder) {
        return 5 - beaten(recencyDays, daysSinceLastOrder);
    }

    int frequencyScore(double orderCount) {
        return 1 + beaten(orders, orderCount);
    }

    int monetaryScore(double totalSpent) {
        return 1 + beaten(spent, totalSpent);
    }

    private static int beaten(double[] cuts, double value) {
        int count = 0;
        for (double cut : cuts) {
            if (value > cut) {
                count++;
            }
        }
        return count;
    }

    /** As stored with the model fits, so a single customer's refresh scores against the same boundaries. */
    Map<String, Double> asParameters() {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            parameters.put("recency_cut_" + (i + 1), recencyDays[i]);
        }
        for (int i = 0; i < 4; i++) {
            parameters.put("orders_cut_" + (i + 1), orders[i]);
        }
        for (int i = 0; i < 4; i++) {
            parameters.put("spent_cut_" + (i + 1), spent[i]);
        }
        parameters.put("fixed", fixed ? 1.0 : 0.0);
        return parameters;
    }

    static RfmScale fromParameters(Map<String, Double> parameters) {
        double[] r = new double[4];
        double[] f = new double[4];
        double[] m = new double[4];
        for (int i = 0; i < 4; i++) {
            r[i] = parameters.get("recency_cut_" + (i + 1));
            f[i] = parameters.get("orders_cut_" + (i + 1));
            m[i] = parameters.get("spent_cut_" + (i + 1));
        }
        return new RfmScale(r, f, m, parameters.getOrDefault("fixed", 0.0) > 0);
    }
}
