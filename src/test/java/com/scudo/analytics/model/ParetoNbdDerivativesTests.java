package com.scudo.analytics.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Pareto/NBD likelihood's analytic gradient and Hessian against central differences of its value (the gradient)
 * and of its analytic gradient (the Hessian), on CDNOW and on a shop of long, steady buyers, at points where alpha or
 * beta is the larger one and where the series gives way to numerical derivatives for some customers (a huge beta).
 */
class ParetoNbdDerivativesTests {

    /**
     * @param hessianTolerance relative to sqrt(H_ii H_jj); looser at the huge beta, where many customers' second
     *                         derivatives are central differences of values that switch between series and quadrature
     */
    @ParameterizedTest(name = "r {0}, alpha {1}, s {2}, beta {3}")
    @CsvSource({
            "0.553, 10.58, 0.606, 11.656, 1e-4",
            "0.553, 11.656, 0.606, 10.58, 1e-4",
            "2.34, 33.6, 0.0054, 488, 1e-4",
            "0.3, 0.5, 2.0, 40, 1e-4",
            "1.5, 50, 0.2, 0.3, 1e-4",
            "0.8, 12, 0.01, 500000, 1e-4",
            "0.9, 3.5, 11, 570, 1e-4"})
    void analyticDerivativesMatchDifferences(double r, double alpha, double s, double beta, double hessianTolerance) {
        double[] p = {r, alpha, s, beta};
        for (List<PurchaseSummary> shop : List.of(Cdnow.summary(), steadyBuyers())) {
            ParetoNbdLikelihood likelihood = ParetoNbdLikelihood.of(shop);
            double[] gradient = new double[4];
            double[][] hessian = new double[4][4];
            double value = likelihood.evaluate(p, gradient, hessian);
            assertThat(value).isCloseTo(likelihood.evaluate(p, null, null), within(1e-9 * Math.abs(value)));
            for (int i = 0; i < 4; i++) {
                double h = 1e-5 * p[i];
                // Richardson: central differences at h and 2h, their truncation errors (h^2) cancelled
                double numeric = (4 * difference(likelihood, p, i, h) - difference(likelihood, p, i, 2 * h)) / 3;
                double[] up = new double[4];
                double[] down = new double[4];
                likelihood.evaluate(moved(p, i, h), up, new double[4][4]);
                likelihood.evaluate(moved(p, i, -h), down, new double[4][4]);
                // the differences' own rounding error is about 1e-16 |value| / h
                assertThat(gradient[i]).as("d/d%s", i).isCloseTo(numeric, within(1e-7 * Math.abs(numeric) + 1e-12 * Math.abs(value) / h));
                for (int j = 0; j < 4; j++) {
                    double second = (up[j] - down[j]) / (2 * h);
                    assertThat(hessian[j][i]).as("d2/d%s d%s", j, i).isCloseTo(second, within(1e-4 * Math.abs(second) + hessianTolerance
                            * Math.sqrt(Math.abs(hessian[i][i] * hessian[j][j])) + 1e-9));
                    assertThat(hessian[i][j]).isCloseTo(hessian[j][i], within(1e-12 * Math.abs(hessian[j][i])));
                }
            }
        }
    }

    private static double difference(ParetoNbdLikelihood likelihood, double[] p, int i, double h) {
        return (likelihood.evaluate(moved(p, i, h), null, null) - likelihood.evaluate(moved(p, i, -h), null, null)) / (2 * h);
    }

    private static double[] moved(double[] p, int i, double h) {
        double[] q = p.clone();
        q[i] += h;
        return q;
    }

    /** Customers who buy every few weeks over years, some only once: the data on which the fit drifts to a huge beta. */
    private static List<PurchaseSummary> steadyBuyers() {
        List<PurchaseSummary> shop = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int x = i % 23;
            double age = 20 + (i * 37) % 120;
            double recency = x == 0 ? 0 : age * (0.5 + 0.5 * ((i * 13) % 10) / 10.0);
            shop.add(new PurchaseSummary(x, Math.min(recency, age), age, 0));
        }
        return shop;
    }
}
