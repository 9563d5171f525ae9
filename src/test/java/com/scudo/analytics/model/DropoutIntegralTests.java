package com.scudo.analytics.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.MathContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Pareto/NBD A0 term against an independent reference: Fader and Hardie's
 * A0 = 2F1(a, b; a+1; z1) / q1^a - 2F1(a, b; a+1; z2) / q2^a with the plain power series summed in
 * 40-digit decimals to the last term that matters (however many that takes), so the reference has no
 * transformation, truncation or cancellation in common with the code under test.
 */
class DropoutIntegralTests {

    @org.junit.jupiter.api.Test
    void theTabulatedRuleIsHipparchusHighPrecisionLegendreRuleBitForBit() {
        var exact = new org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory().legendreHighPrecision(12, -1, 1);
        var rule = DropoutIntegral.rule();
        assertThat(rule.getNumberOfPoints()).isEqualTo(exact.getNumberOfPoints());
        for (int i = 0; i < exact.getNumberOfPoints(); i++) {
            assertThat(rule.getPoint(i)).isEqualTo(exact.getPoint(i));
            assertThat(rule.getWeight(i)).isEqualTo(exact.getWeight(i));
        }
    }


    private static final MathContext DIGITS = new MathContext(40);

    @ParameterizedTest(name = "r {0}, alpha {1}, s {2}, beta {3}, x {4}, t_x {5}, T {6}")
    @CsvSource({
            // near the CDNOW optimum: z about 0.05, the plain series case
            "0.553, 10.58, 0.606, 11.656, 2, 30.43, 38.86",
            "0.553, 10.58, 0.606, 11.656, 0, 0, 38.86",
            "0.553, 10.58, 0.606, 11.656, 40, 70, 78",
            // alpha >> beta + t_x: z up to 0.999, the small exponent s + 1 on the series
            "0.553, 10.58, 0.606, 0.01, 0, 0, 38.86",
            "0.553, 10.58, 0.606, 0.01, 3, 0.5, 5",
            "0.4, 12.0, 1.0, 0.012, 0, 0, 20",
            "0.4, 12.0, 2.0, 0.03, 1, 0.5, 3",
            // large r + s + x near z = 1
            "0.553, 20.0, 0.606, 0.02, 300, 0.01, 30",
            "2.5, 40.0, 0.35, 0.05, 120, 2, 60",
            // alpha << beta: the larger exponent r + x on the series
            "0.553, 0.01, 0.606, 11.656, 0, 0, 38.86",
            "0.553, 0.1, 0.606, 11.656, 25, 0.4, 10",
            "0.553, 0.2, 0.606, 30.0, 80, 3, 20",
            // alpha = beta: z = 0
            "0.553, 10.0, 0.606, 10.0, 4, 12, 30",
    })
    void matchesTheExactSeries(double r, double alpha, double s, double beta, int x, double tx, double age) {
        double expected = referenceLogA0(r, alpha, s, beta, x, tx, age);
        double actual = new ParetoNbdModel(r, alpha, s, beta).logA0(x, tx, age);
        assertThat(actual).as("ln A0").isCloseTo(expected, within(1e-11 * Math.max(1, Math.abs(expected))));
    }

    @ParameterizedTest(name = "r {0}, alpha {1}, s {2}, beta {3}, x {4}")
    @CsvSource({
            "0.553, 10.58, 0.606, 0.001, 0",
            "0.553, 10.58, 0.606, 0.00001, 0",
            "0.553, 10.58, 0.606, 0.00001, 500",
            "0.553, 0.00001, 0.606, 11.656, 500",
            "3.0, 0.0001, 4.0, 50.0, 2",
    })
    void addsUpOverPiecesWhereTheSeriesWouldCrawl(double r, double alpha, double s, double beta, int x) {
        // z = 1 - min(alpha, beta) / max(alpha, beta) at t_x = 0: up to 0.999999, where the plain series needs
        // tens of millions of terms; the pieces [0, 1], [1, 5], [5, 40] meet the series and the quadrature in
        // different places than the whole [0, 40] does
        double p = alpha >= beta ? r + x : s + 1;
        double q = alpha >= beta ? s + 1 : r + x;
        double d = Math.abs(alpha - beta);
        double u0 = Math.min(alpha, beta);
        double whole = DropoutIntegral.log(p, q, d, u0, u0 + 40);
        double pieces = ParetoNbdModel.logSumExp(ParetoNbdModel.logSumExp(DropoutIntegral.log(p, q, d, u0, u0 + 1),
                DropoutIntegral.log(p, q, d, u0 + 1, u0 + 5)), DropoutIntegral.log(p, q, d, u0 + 5, u0 + 40));
        assertThat(whole).isFinite().isCloseTo(pieces, within(1e-12 * Math.max(1, Math.abs(whole))));
        assertThat(new ParetoNbdModel(r, alpha, s, beta).probabilityAlive(x, 1, 40)).isBetween(0.0, 1.0);
    }

    private static double referenceLogA0(double r, double alpha, double s, double beta, int x, double tx, double age) {
        double a = r + s + x;
        double larger = Math.max(alpha, beta);
        double b = alpha >= beta ? s + 1 : r + x;
        BigDecimal d = new BigDecimal(Math.abs(alpha - beta));
        BigDecimal q1 = new BigDecimal(larger).add(new BigDecimal(tx));
        BigDecimal q2 = new BigDecimal(larger).add(new BigDecimal(age));
        BigDecimal f1 = series(a, b, d.divide(q1, DIGITS));
        BigDecimal f2 = series(a, b, d.divide(q2, DIGITS));
        // A0 = q1^-a (F1 - F2 (q1/q2)^a): only the power is taken in doubles, far from any cancellation
        double ratioPower = Math.exp(a * Math.log(q1.divide(q2, DIGITS).doubleValue()));
        BigDecimal bracket = f1.subtract(f2.multiply(new BigDecimal(ratioPower), DIGITS), DIGITS);
        return Math.log(bracket.doubleValue()) - a * Math.log(q1.doubleValue());
    }

    /** sum over k of (a)_k (b)_k / ((a+1)_k k!) z^k = sum of a / (a + k) (b)_k / k! z^k, to 1e-34 of the sum. */
    private static BigDecimal series(double a, double b, BigDecimal z) {
        BigDecimal bigA = new BigDecimal(a);
        BigDecimal bigB = new BigDecimal(b);
        BigDecimal pochhammer = BigDecimal.ONE; // (b)_k z^k / k!
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal threshold = new BigDecimal("1e-34");
        for (int k = 0; ; k++) {
            BigDecimal bk = bigB.add(BigDecimal.valueOf(k));
            pochhammer = pochhammer.multiply(bk, DIGITS).multiply(z, DIGITS).divide(BigDecimal.valueOf(k + 1), DIGITS);
            BigDecimal term = pochhammer.multiply(bigA, DIGITS).divide(bigA.add(BigDecimal.valueOf(k + 1)), DIGITS);
            sum = sum.add(term, DIGITS);
            // past the largest term the terms fall monotonically; stop when they no longer move the 34th digit
            boolean pastPeak = (b + k) * z.doubleValue() < k + 1;
            if (pastPeak && term.compareTo(sum.multiply(threshold, DIGITS)) < 0
                    && term.doubleValue() * z.doubleValue() / (1 - z.doubleValue()) < 1e-30 * sum.doubleValue()) {
                return sum;
            }
        }
    }
}
