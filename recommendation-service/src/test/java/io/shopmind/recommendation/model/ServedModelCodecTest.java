package io.shopmind.recommendation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.shopmind.recommendation.interaction.IdIndex;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServedModelCodecTest {

    private static final IdIndex ITEMS = IdIndex.of("a", "b", "c");
    private static final CoPurchaseRules RULES = new CoPurchaseRules(new int[] {0, 1, 1, 1}, new int[] {2},
            new float[] {0.5f});
    private static final double[] POPULARITY = {3, 2, 1};
    private static final Profile PROFILE = new Profile(new int[] {0, 2}, new float[] {1, 5},
            new String[] {"view", "purchase"});

    private static ServedModel model(Scorer scorer) {
        return new ServedModel("x", "p=1", ITEMS, POPULARITY, RULES, scorer);
    }

    private static double[] scores(ServedModel model) {
        double[] scores = new double[3];
        model.scorer().score(PROFILE, scores);
        return scores;
    }

    @Test
    void everyScorerScoresTheSameAfterARoundTrip() {
        FactorScorer factors = new FactorScorer(2, new float[] {1, 0, 0.5f, 0.5f, 0, 1}, new float[] {0.1f, 0, 0}, 1.5,
                2, true);
        NeighbourScorer neighbours = new NeighbourScorer(new int[] {0, 1, 2, 3}, new int[] {1, 2, 0},
                new float[] {0.3f, 0.2f, 0.1f});
        AspectScorer aspects = new AspectScorer(2, new float[] {0.5f, 0.1f, 0.3f, 0.2f, 0.2f, 0.7f}, 20);
        PopularityScorer popularity = new PopularityScorer(POPULARITY, RULES);
        BlendScorer blend = new BlendScorer(List.of(factors, neighbours, aspects), new double[] {0.2, 0.3, 0.5});
        for (Scorer scorer : List.of(factors, neighbours, aspects, popularity, blend)) {
            ServedModel model = model(scorer);
            ServedModel decoded = ServedModelCodec.decode(ServedModelCodec.encode(model));
            assertThat(decoded.scorer()).as(scorer.getClass().getSimpleName()).isInstanceOf(scorer.getClass());
            assertThat(scores(decoded)).isEqualTo(scores(model));
            assertThat(decoded.algorithm()).isEqualTo("x");
            assertThat(decoded.parameters()).isEqualTo("p=1");
            assertThat(decoded.items().idOf(2)).isEqualTo("c");
            assertThat(decoded.popularity()).isEqualTo(POPULARITY);
            assertThat(decoded.rules().confidence(0, 2)).isEqualTo(0.5);
            assertThat(decoded.scorer().similarity(0, 1)).isEqualTo(scorer.similarity(0, 1));
        }
    }

    @Test
    void readsModelsStoredInTheFirstFormat() throws Exception {
        // format 1: magic, 1, algorithm, kind (1 = neighbours), items, popularity, neighbour lists, rules
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0x534d524d);
            out.writeInt(1);
            out.writeUTF("itemknn");
            out.writeByte(1);
            out.writeInt(3);
            for (String id : List.of("a", "b", "c")) {
                out.writeUTF(id);
            }
            for (double p : POPULARITY) {
                out.writeDouble(p);
            }
            writeInts(out, new int[] {0, 1, 2, 3});
            writeInts(out, new int[] {1, 2, 0});
            out.writeInt(3);
            for (float w : new float[] {0.3f, 0.2f, 0.1f}) {
                out.writeFloat(w);
            }
            writeInts(out, new int[] {0, 1, 1, 1});
            writeInts(out, new int[] {2});
            out.writeInt(1);
            out.writeFloat(0.5f);
        }
        ServedModel decoded = ServedModelCodec.decode(bytes.toByteArray());
        assertThat(decoded.algorithm()).isEqualTo("itemknn");
        assertThat(decoded.parameters()).isEmpty();
        assertThat(scores(decoded)).containsExactly(0.1f * 5.0, 0.3f, 0);
        assertThat(decoded.rules().confidence(0, 2)).isEqualTo(0.5);
    }

    @Test
    void rejectsDataThatIsNoModel() {
        assertThatThrownBy(() -> ServedModelCodec.decode(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}))
                .hasMessageContaining("not a serialised recommendation model");
    }

    private static void writeInts(DataOutputStream out, int[] values) throws Exception {
        out.writeInt(values.length);
        for (int v : values) {
            out.writeInt(v);
        }
    }
}
