package io.shopmind.recommendation.serving;

import io.shopmind.recommendation.ingest.Interaction;
import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.ranking.Profile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored interactions into a model's {@link Profile}: weights summed per item, its strongest kind kept. */
final class ProfileBuilder {

    private ProfileBuilder() {
    }

    static Profile of(List<Interaction> history, IdIndex items) {
        record Entry(int item, float weight, String kind, float strongest) {
        }
        Map<Integer, Entry> byItem = new LinkedHashMap<>();
        for (Interaction interaction : history) {
            int item = items.indexOf(interaction.sku());
            if (item < 0) {
                continue;
            }
            byItem.merge(item, new Entry(item, interaction.weight(), interaction.kind(), interaction.weight()),
                    (a, b) -> new Entry(item, a.weight() + b.weight(), a.strongest() >= b.strongest() ? a.kind()
                            : b.kind(), Math.max(a.strongest(), b.strongest())));
        }
        int n = byItem.size();
        int[] indices = new int[n];
        float[] weights = new float[n];
        String[] kinds = new String[n];
        int p = 0;
        for (Entry entry : byItem.values()) {
            indices[p] = entry.item();
            weights[p] = entry.weight();
            kinds[p++] = entry.kind();
        }
        return new Profile(indices, weights, kinds);
    }
}
