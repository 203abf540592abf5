package io.shopmind.recommendation.linalg;

/**
 * The dot products every factor and matrix computation here is built on. Each keeps several independent partial
 * sums, so the multiply-adds are not bound by one add chain.
 */
public final class DenseVectors {

    private DenseVectors() {
    }

    /** {@code Σ_{k<length} u[uOffset+k]·v[vOffset+k]}. */
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

    /** {@code Σ_{k<length} u[uOffset+k]·v[vOffset+k]} for single-precision {@code u}, as served factors are stored. */
    public static double dot(float[] u, int uOffset, double[] v, int vOffset, int length) {
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

    /**
     * The dot products of {@code v[vOffset..vOffset+length)} with the four rows of {@code m} starting at
     * {@code m0..m3}, into {@code out[0..3]}: each load of {@code v} serves four, so the loop is bound by arithmetic
     * rather than by loads.
     */
    public static void dot4(double[] m, int m0, int m1, int m2, int m3, double[] v, int vOffset, int length,
            double[] out) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        for (int a = 0; a < length; a++) {
            double va = v[vOffset + a];
            s0 += m[m0 + a] * va;
            s1 += m[m1 + a] * va;
            s2 += m[m2 + a] * va;
            s3 += m[m3 + a] * va;
        }
        out[0] = s0;
        out[1] = s1;
        out[2] = s2;
        out[3] = s3;
    }
}
