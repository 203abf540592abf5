package io.shopmind.recommendation.model;

import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import java.util.Random;

/** Small matrices with known structure for algorithm tests. */
public final class TestMatrices {

    private TestMatrices() {
    }

    /**
     * Four users, five items, binary: u0: i0 i1 · u1: i0 i1 i2 · u2: i2 i3 · u3: i3 i4. Ids appear in order, so
     * {@code u<n>} has user index n and {@code i<n>} item index n.
     */
    public static InteractionMatrix chain() {
        int[][] rows = {{0, 1}, {0, 1, 2}, {2, 3}, {3, 4}};
        InteractionLog.Builder b = new InteractionLog.Builder();
        for (int u = 0; u < rows.length; u++) {
            for (int i : rows[u]) {
                b.add("u" + u, "i" + i, 1, 0);
            }
        }
        return b.build().toMatrix();
    }

    /**
     * Two taste groups: users {@code 0..users/2-1} interact with items of the first half of the catalogue,
     * the rest with the second half, each user with {@code perUser} random draws from their group (repeats
     * merge). An unseen item of a user's own group is the right answer.
     */
    public static InteractionMatrix twoGroups(int users, int items, int perUser, long seed) {
        Random random = new Random(seed);
        InteractionLog.Builder b = new InteractionLog.Builder();
        for (int u = 0; u < users; u++) {
            int offset = u < users / 2 ? 0 : items / 2;
            for (int n = 0; n < perUser; n++) {
                b.add("u" + u, "i" + (offset + random.nextInt(items / 2)), 1, 0);
            }
        }
        return b.build().toMatrix().binarized();
    }

    /** Whether {@code item} belongs to {@code user}'s group in {@link #twoGroups}. */
    public static boolean sameGroup(InteractionMatrix m, int user, int item, int users, int items) {
        int u = Integer.parseInt(m.users().idOf(user).substring(1));
        int i = Integer.parseInt(m.items().idOf(item).substring(1));
        return (u < users / 2) == (i < items / 2);
    }
}
