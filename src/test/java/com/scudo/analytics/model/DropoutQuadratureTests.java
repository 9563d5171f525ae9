package com.scudo.analytics.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The dropout integral's derivatives under the integral sign against differences: the gradient against Richardson
 * differences of ln I as {@link DropoutIntegral} evaluates it (series, binomial series near zero or quadrature,
 * whichever it picks), the Hessian against central differences of that gradient. The points are those where the
 * hypergeometric series gives way: z near 1 with a small exponent, alpha = beta, a huge beta, the flat ridge a small
 * shop's fit follows (s 11, beta 570), and one plain point for good measure. A purchase just before T (where the value's two tails cancel, so its
 * differences are noisy) is checked against the integrand's own derivatives instead.
 */
class DropoutQuadratureTests {

    @ParameterizedTest(name = "r {0}, alpha {1}, s {2}, beta {3}, x {4}, t_x {5}, T {6}")
    @CsvSource({
            "0.553, 10.58, 0.606, 11.656, 2, 30.43, 38.86",
            "0.553, 10.58, 0.606, 0.01, 0, 0, 38.86",
            "0.553, 10.58, 0.606, 0.01, 3, 0.5, 5",
            "0.553, 0.01, 0.606, 11.656, 0, 0, 38.86",
            "0.553, 0.1, 0.606, 11.656, 25, 0.4, 10",
            "0.553, 10.0, 0.606, 10.0, 4, 12, 30",
            "0.8, 12, 0.01, 500000, 0, 0, 60",
            "0.8, 12, 0.01, 500000, 7, 33, 60",
            "0.9, 3.5, 11, 570, 0, 0, 70",
            "0.9, 3.5, 11, 570, 5, 41, 70",
            "2.5, 40.0, 0.35, 0.05, 120, 2, 60"})
    void derivativesUnderTheIntegralMatchDifferences(double r, double alpha, double s, double beta, int x, double tx, double age) {
        double[] p = {r, alpha, s, beta};
        double[] out = derivatives(p, x, tx, age);
        for (int i = 0; i < 4; i++) {
            double h = 1e-4 * p[i];
            double numeric = (4 * difference(p, i, h, x, tx, age) - difference(p, i, 2 * h, x, tx, age)) / 3;
            assertThat(out[1 + i]).as("d/d%s", i).isCloseTo(numeric, within(1e-6 * Math.abs(numeric) + 1e-9 / p[i]));
            double[] up = derivatives(moved(p, i, h), x, tx, age);
            double[] down = derivatives(moved(p, i, -h), x, tx, age);
            for (int j = 0; j < 4; j++) {
                double second = (up[1 + j] - down[1 + j]) / (2 * h);
                double scale = Math.sqrt(Math.abs(out[5 + 5 * i] * out[5 + 5 * j]));
                assertThat(out[5 + 4 * j + i]).as("d2/d%s d%s", j, i).isCloseTo(second, within(1e-5 * (Math.abs(second) + scale) + 1e-9 / (p[i] * p[j])));
                assertThat(out[5 + 4 * i + j]).isEqualTo(out[5 + 4 * j + i]);
            }
        }
    }

    /** Over a range of 1e-6 weeks, ln I is ln f at the midpoint plus ln(width), up to terms of the width squared. */
    @ParameterizedTest(name = "r {0}, alpha {1}, s {2}, beta {3}, x {4}")
    @CsvSource({
            "0.553, 10.58, 0.606, 11.656, 3",
            "0.553, 10.58, 0.606, 0.01, 0",
            "0.8, 12, 0.01, 500000, 7"})
    void aPurchaseJustBeforeNowHasTheIntegrandsOwnDerivatives(double r, double alpha, double s, double beta, int x) {
        double age = 38.86;
        double mid = age - 0.5e-6;
        double[] out = derivatives(new double[] {r, alpha, s, beta}, x, age - 1e-6, age);
        double[] gradient = {-Math.log(alpha + mid), -(r + x) / (alpha + mid), -Math.log(beta + mid), -(s + 1) / (beta + mid)};
        for (int i = 0; i < 4; i++) {
            assertThat(out[1 + i]).as("d/d%s", i).isCloseTo(gradient[i], within(1e-9 * Math.abs(gradient[i])));
        }
        double[][] hessian = {
                {0, -1 / (alpha + mid), 0, 0},
                {-1 / (alpha + mid), (r + x) / Math.pow(alpha + mid, 2), 0, 0},
                {0, 0, 0, -1 / (beta + mid)},
                {0, 0, -1 / (beta + mid), (s + 1) / Math.pow(beta + mid, 2)}};
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(out[5 + 4 * i + j]).as("d2/d%s d%s", i, j).isCloseTo(hessian[i][j], within(1e-9 * Math.abs(hessian[i][j]) + 1e-12));
            }
        }
    }

    private static double[] derivatives(double[] p, int x, double tx, double age) {
        double[] out = new double[21];
        new DropoutQuadrature().logIntegralDerivatives(p[0], p[1], p[2], p[3], x, tx, age, out);
        return out;
    }

    /** ln I = ln A0 - ln(r + s + x), as the likelihood's value pass has it. */
    private static double logIntegral(double[] p, int x, double tx, double age) {
        return ParetoNbdModel.of(p).logA0(x, tx, age) - Math.log(p[0] + p[2] + x);
    }

    private static double difference(double[] p, int i, double h, int x, double tx, double age) {
        return (logIntegral(moved(p, i, h), x, tx, age) - logIntegral(moved(p, i, -h), x, tx, age)) / (2 * h);
    }

    private static double[] moved(double[] p, int i, double h) {
        double[] q = p.clone();
        q[i] += h;
        return q;
    }
}
