package com.scudo.analytics.model;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;

/** Small symmetric systems of the Newton polish, solved by Cholesky (hipparchus). */
final class SymmetricSystems {

    private static final double CHOLESKY_THRESHOLD = 1e-14;

    private SymmetricSystems() {
    }

    /** The inverse of a positive definite matrix, exactly symmetric; null if it is not positive definite. */
    static double[][] inverse(double[][] hessian) {
        try {
            double[][] inverse = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian), CHOLESKY_THRESHOLD, CHOLESKY_THRESHOLD)
                    .getSolver().getInverse().getData();
            // symmetric up to rounding; make it exactly so for the Cholesky factor of consumers
            for (int i = 0; i < inverse.length; i++) {
                for (int j = 0; j < i; j++) {
                    double mean = (inverse[i][j] + inverse[j][i]) / 2;
                    inverse[i][j] = mean;
                    inverse[j][i] = mean;
                }
            }
            return inverse;
        } catch (RuntimeException notPositiveDefinite) {
            return null;
        }
    }

    /** Newton step (H + lambda I) step = -gradient with the smallest lambda that makes the matrix positive definite. */
    static boolean solveDamped(double[][] hessian, double[] gradient, double[] step) {
        int k = gradient.length;
        double scale = 0;
        for (int j = 0; j < k; j++) {
            scale = Math.max(scale, Math.abs(hessian[j][j]));
        }
        double lambda = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            double[][] damped = new double[k][];
            for (int i = 0; i < k; i++) {
                damped[i] = hessian[i].clone();
                damped[i][i] += lambda;
            }
            try {
                double[] solution = new CholeskyDecomposition(new Array2DRowRealMatrix(damped, false), CHOLESKY_THRESHOLD, CHOLESKY_THRESHOLD)
                        .getSolver().solve(new ArrayRealVector(gradient)).toArray();
                for (int j = 0; j < k; j++) {
                    step[j] = -solution[j];
                }
                return lambda == 0;
            } catch (RuntimeException notPositiveDefinite) {
                lambda = lambda == 0 ? Math.max(1e-8, 1e-6 * scale) : lambda * 10;
            }
        }
        for (int j = 0; j < k; j++) {
            step[j] = -gradient[j] / Math.max(1, scale);
        }
        return false;
    }
}
