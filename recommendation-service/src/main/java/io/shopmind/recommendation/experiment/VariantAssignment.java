package io.shopmind.recommendation.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Assigns a shopper to a variant by hashing the experiment id and the shopper id with SHA-256: the same shopper
 * always gets the same variant of one experiment, without storing the assignment, and independent experiments
 * split shoppers independently.
 */
public final class VariantAssignment {

    public static final String CONTROL = "control";
    public static final String TREATMENT = "treatment";

    private VariantAssignment() {
    }

    /** The shopper's position in [0, 1), uniform over shoppers. */
    public static double bucket(UUID experiment, String customerId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((experiment + ":" + customerId).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int b = 0; b < 8; b++) {
                bits = (bits << 8) | (digest[b] & 0xff);
            }
            return (bits >>> 11) * 0x1.0p-53;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static String variant(UUID experiment, String customerId, double treatmentShare) {
        return bucket(experiment, customerId) < treatmentShare ? TREATMENT : CONTROL;
    }
}
