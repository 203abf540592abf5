package io.shopmind.recommendation.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.shopmind.recommendation.als.ImplicitAls;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.plsa.Plsa;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScorersTest {

    private static Profile profile(int[] items, float[] weights) {
        String[] kinds = new String[items.length];
        java.util.Arrays.fill(kinds, "purchase");
        return new Profile(items, weights, kinds);
    }

    @Test
    void theFactorFoldInSolvesTheUserStepOfImplicitAls() {
        // Hu, Koren & Volinsky (2008), eq. 4: (YᵀY + λI + Σ_i α r_i y_i y_iᵀ) x = Σ_i (1 + α r_i) y_i
        Random random = new Random(5);
        int n = 9;
        int f = 3;
        float[] y = new float[n * f];
        for (int k = 0; k < y.length; k++) {
            y[k] = (float) random.nextGaussian();
        }
        double lambda = 0.7;
        double alpha = 2.0;
        FactorScorer scorer = new FactorScorer(f, y, new float[n], lambda, alpha, false);
        Profile profile = profile(new int[] {1, 4, 6}, new float[] {1, 3, 5});
        double[] x = scorer.foldIn(profile);
        for (int a = 0; a < f; a++) {
            double lhs = lambda * x[a];
            for (int i = 0; i < n; i++) {
                double yx = 0;
                for (int b = 0; b < f; b++) {
                    yx += y[i * f + b] * x[b];
                }
                lhs += y[i * f + a] * yx;
            }
            double rhs = 0;
            for (int p = 0; p < profile.size(); p++) {
                int i = profile.items()[p];
                double extra = alpha * profile.weights()[p];
                double yx = 0;
                for (int b = 0; b < f; b++) {
                    yx += y[i * f + b] * x[b];
                }
                lhs += extra * y[i * f + a] * yx;
                rhs += (1 + extra) * y[i * f + a];
            }
            assertThat(lhs).isCloseTo(rhs, within(1e-9));
        }
        double[] scores = new double[n];
        scorer.score(profile, scores);
        assertThat(scores[2]).isCloseTo(y[6] * x[0] + y[7] * x[1] + y[8] * x[2], within(1e-9));
    }

    @Test
    void foldingATrainingUserInFindsTheFactorAlsLearnt() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 5, 3);
        // enough CG steps that every ALS row solve is exact
        ImplicitAls.Config config = new ImplicitAls.Config(4, 2, 3, 20, 8, 2, 7);
        FactorModel model = new ImplicitAls(config).fit(m);
        float[] y = new float[m.itemCount() * 4];
        for (int i = 0; i < m.itemCount(); i++) {
            double[] yi = model.itemFactor(i);
            for (int a = 0; a < 4; a++) {
                y[i * 4 + a] = (float) yi[a];
            }
        }
        FactorScorer scorer = new FactorScorer(4, y, new float[m.itemCount()], config.lambda(), config.alpha(), false);
        double[] folded = scorer.foldIn(Profile.ofRow(m, 3, 200));
        // the last half-sweep updates items after users, so the trained user factor is one step behind
        assertThat(folded).containsExactly(model.userFactor(3), within(0.02));
    }

    @Test
    void perCellRegularisationScalesLambdaWithTheProfile() {
        float[] y = {1, 0, 0, 1, 1, 1};
        FactorScorer constant = new FactorScorer(2, y, new float[3], 2.0, 1.0, false);
        FactorScorer perCell = new FactorScorer(2, y, new float[3], 1.0, 1.0, true);
        Profile two = profile(new int[] {0, 1}, new float[] {1, 1});
        assertThat(perCell.foldIn(two)).containsExactly(constant.foldIn(two), within(1e-12));
    }

    @Test
    void neighboursAddUpTheProfilesWeightedLists() {
        // item 0 → {1: 0.5, 2: 0.25}, item 1 → {2: 1.0}, item 2 → {}
        NeighbourScorer scorer = new NeighbourScorer(new int[] {0, 2, 3, 3}, new int[] {1, 2, 2},
                new float[] {0.5f, 0.25f, 1.0f});
        double[] scores = new double[3];
        scorer.score(profile(new int[] {0, 1}, new float[] {2, 3}), scores);
        assertThat(scores).containsExactly(0, 1.0, 0.5 + 3.0);
        assertThat(scorer.similarity(0, 2)).isEqualTo(0.25);
        assertThat(scorer.similarity(2, 0)).isZero();
        assertThat(scorer.similar(0, 5).items()).containsExactly(1, 2);
        assertThat(scorer.topContributor(2, profile(new int[] {0, 1}, new float[] {2, 3}))).isEqualTo(1);
        assertThat(scorer.personal()).isTrue();
    }

    @Test
    void theAspectFoldInRecoversATrainingUsersMixture() {
        InteractionMatrix m = TestMatrices.twoGroups(40, 20, 6, 11);
        Plsa.Model model = new Plsa(new Plsa.Config(3, 200, 2)).fit(m);
        float[] itemGivenAspect = new float[m.itemCount() * 3];
        for (int i = 0; i < m.itemCount(); i++) {
            for (int a = 0; a < 3; a++) {
                itemGivenAspect[i * 3 + a] = (float) model.itemGivenAspect(i, a);
            }
        }
        AspectScorer scorer = new AspectScorer(3, itemGivenAspect, 500);
        double[] theta = scorer.foldIn(Profile.ofRow(m, 5, 200));
        for (int a = 0; a < 3; a++) {
            assertThat(theta[a]).isCloseTo(model.aspectGivenUser(5, a), within(0.02));
        }
        double[] scores = new double[m.itemCount()];
        scorer.score(Profile.ofRow(m, 5, 200), scores);
        double sum = java.util.Arrays.stream(scores).sum();
        assertThat(sum).as("P(·|u) sums to one").isCloseTo(1.0, within(1e-5));
    }

    @Test
    void aBlendAddsItsPartsStandardisedScoresWithTheirWeights() {
        PopularityScorer a = new PopularityScorer(new double[] {1, 2, 3, 6}, CoPurchaseRules.none(4));
        NeighbourScorer b = new NeighbourScorer(new int[] {0, 3, 3, 3, 3}, new int[] {1, 2, 3},
                new float[] {4, 0, 0});
        BlendScorer blend = new BlendScorer(List.of(a, b), new double[] {0.25, 0.75});
        double[] scores = new double[4];
        blend.score(profile(new int[] {0}, new float[] {1}), scores);
        // a: mean 3, sd √3.5; b = (0, 4, 0, 0): mean 1, sd √3
        double[] expected = new double[4];
        double[] av = {1, 2, 3, 6};
        double[] bv = {0, 4, 0, 0};
        for (int i = 0; i < 4; i++) {
            expected[i] = 0.25 * (av[i] - 3) / Math.sqrt(3.5) + 0.75 * (bv[i] - 1) / Math.sqrt(3);
        }
        assertThat(scores).containsExactly(expected, within(1e-12));
        assertThat(blend.similarity(0, 1)).as("from the part weighing most").isEqualTo(4);
        assertThat(blend.personal()).isTrue();
        assertThatThrownBy(() -> new BlendScorer(List.of(blend, a), new double[] {0.5, 0.5}))
                .hasMessageContaining("other families");
    }

    @Test
    void popularityRanksAlikeForEveryShopperAndIsLikeByItsRules() {
        CoPurchaseRules rules = new CoPurchaseRules(new int[] {0, 2, 2, 2}, new int[] {2, 1}, new float[] {0.9f, 0.4f});
        PopularityScorer scorer = new PopularityScorer(new double[] {5, 1, 3}, rules);
        double[] scores = new double[3];
        scorer.score(Profile.empty(), scores);
        assertThat(scores).containsExactly(5, 1, 3);
        assertThat(scorer.personal()).isFalse();
        assertThat(scorer.similar(0, 3).items()).containsExactly(2, 1);
        assertThat(scorer.similarity(0, 2)).isCloseTo(0.9, within(1e-6));
    }
}
