package io.shopmind.recommendation.serving;

import io.shopmind.recommendation.ingest.Interaction;
import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.model.Profile;
import java.util.Arrays;
import java.util.List;

/** Turns stored interactions into a model's {@link Profile}: weights summed per item, its strongest kind kept. */
final class ProfileBuilder {

    private ProfileBuilder() {
    }

    static Profile of(List<Interaction> history, IdIndex items) {
        int size = history.size();
        int[] indices = new int[size];
        float[] weights = new float[size];
        float[] strongest = new float[size];
        String[] kinds = new String[size];
        // open addressing from item index to its position in the profile, in first-seen order; no boxing
        int slots = Integer.highestOneBit(Math.max(2, size) * 2 - 1) << 1;
        int[] positions = new int[slots];
        Arrays.fill(positions, -1);
        int n = 0;
        for (Interaction interaction : history) {
            int item = items.indexOf(interaction.sku());
            if (item < 0) {
                continue;
            }
            int slot = (item * 0x9E3779B1) >>> 1 & (slots - 1);
            while (positions[slot] >= 0 && indices[positions[slot]] != item) {
                slot = (slot + 1) & (slots - 1);
            }
            float weight = interaction.weight();
            int p = positions[slot];
            if (p < 0) {
                positions[slot] = n;
                indices[n] = item;
                weights[n] = weight;
                strongest[n] = weight;
                kinds[n++] = interaction.kind();
            } else {
                weights[p] += weight;
                if (weight > strongest[p]) {
                    strongest[p] = weight;
                    kinds[p] = interaction.kind();
                }
            }
        }
        return new Profile(Arrays.copyOf(indices, n), Arrays.copyOf(weights, n), Arrays.copyOf(kinds, n));
    }
}
