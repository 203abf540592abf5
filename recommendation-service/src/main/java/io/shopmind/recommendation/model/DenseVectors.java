package io.shopmind.recommendation.model;

/** The dot product every factor and matrix computation here is built on. */
public final class DenseVectors {

    private DenseVectors() {
    }

    /**
     * {@code Σ_{k<length} u[uOffset+k]·v[vOffset+k]}, with four independent partial sums so the multiply-adds are not
     * bound by one add chain.
     */
    public static double dot(double[] u, int uOffset, double[] v, int vOffset, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (int end = length & ~3; k < end; k += 4) {
            s0 += u[uOffset + k] * v[vOffset + k];
            s1 += u[uOffset + k + 1] * v[vOffset + k + 1];
            s2 += u[uOffset + k + 2] * v[vOffset + k + 2];
            s3 += u[uOffset + k + 3] * v[vOffset + k + 3];
        }
        for (; k < length; k++) {
            s0 += u[uOffset + k] * v[vOffset + k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
