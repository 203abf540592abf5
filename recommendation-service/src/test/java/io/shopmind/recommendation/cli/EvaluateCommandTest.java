package io.shopmind.recommendation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.recommendation.evaluation.PlantedInteractions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EvaluateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void evaluatesAMovieLensFileAndWritesJsonAndTopKCsv() throws Exception {
        Path data = dir.resolve("u.data");
        PlantedInteractions.writeMovieLens(new PlantedInteractions(120, 200, 6, 10, 25, 0.8, 1).generate(), data);
        Path json = dir.resolve("results.json");
        Path topk = dir.resolve("topk.csv");

        int status = run("--data", data.toString(), "--format", "movielens", "--split", "stratified:0.75", "--k", "10",
                "--algorithms", "pop,itemknn,als(factors=8),bpr(epochs=5),ease", "--seed", "42", "--threads", "2",
                "--out", json.toString(), "--predictions", topk.toString());

        assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(table).contains("nDCG@10", "pop", "itemknn", "als", "bpr", "ease");
        String report = Files.readString(json);
        assertThat(report).contains("\"algorithm\": \"ease\"", "\"label\": \"als(alpha=1,factors=8,", "\"ndcg\": ",
                "\"split\": \"stratified:0.75\"", "\"scoring\": \"folded\"");
        List<String> lines = Files.readAllLines(dir.resolve("topk-ease.csv"));
        assertThat(lines.get(0)).isEqualTo("user,item,rank");
        assertThat(lines).hasSize(1 + 120 * 10);
        assertThat(lines.get(1)).matches("\\d+,\\d+,1");
    }

    @Test
    void keepsOnlyRatingsOfAtLeastTheMinimum() throws Exception {
        StringBuilder ratings = new StringBuilder("userId,movieId,rating,timestamp\n");
        for (int u = 1; u <= 20; u++) {
            for (int i = 1; i <= 10; i++) {
                ratings.append(u).append(',').append(i).append(',').append(i <= 6 ? 4 : 2).append(',')
                        .append(1_000 + i).append('\n');
            }
        }
        Path data = dir.resolve("ratings.csv");
        Files.writeString(data, ratings);

        assertThat(run("--data", data.toString(), "--min-rating", "3", "--algorithms", "pop", "--split",
                "stratified:0.5")).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("20 users, 6 items, 60 train / 60 test cells");
    }

    @Test
    void splitsEachUserIntoTrainingValidationAndTestAsRecBole() throws Exception {
        Path data = dir.resolve("u.data");
        PlantedInteractions.writeMovieLens(new PlantedInteractions(40, 60, 4, 10, 10, 0.8, 5).generate(), data);

        assertThat(run("--data", data.toString(), "--split", "stratified:0.8:0.1:0.1", "--algorithms", "pop,ease"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("--data", data.toString(), "--split", "stratified:0.8:0.1", "--algorithms", "pop"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("TRAIN:VALID:TEST");
    }

    @Test
    void supportsGivenAndLeaveLastOutSplits() throws Exception {
        PlantedInteractions shape = new PlantedInteractions(60, 90, 4, 8, 15, 0.8, 2);
        Path base = dir.resolve("u1.base");
        Path test = dir.resolve("u1.test");
        var log = shape.generate();
        PlantedInteractions.writeMovieLens(log.range(0, log.size() * 4 / 5), base);
        PlantedInteractions.writeMovieLens(log.range(log.size() * 4 / 5, log.size()), test);

        assertThat(run("--data", base.toString(), "--split", "given:" + test, "--algorithms", "pop,ease"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("--data", base.toString(), "--split", "leave-last-out", "--algorithms", "itemknn", "--k", "5"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("given:", "leave-last-out", "itemknn");
    }

    @Test
    void readsTheGenericCsvWithWeightedFeedback() throws Exception {
        Path data = dir.resolve("events.csv");
        StringBuilder csv = new StringBuilder("user_id,item_id,event_type,value,timestamp\n");
        Random random = new Random(3);
        String[] types = {"view", "add_to_cart", "purchase"};
        for (int e = 0; e < 2000; e++) {
            int user = random.nextInt(50);
            int item = (user % 2) * 20 + random.nextInt(20);
            csv.append("c").append(user).append(",sku-").append(item).append(',').append(types[random.nextInt(3)])
                    .append(",1,").append(1_700_000_000L + e).append('\n');
        }
        Files.writeString(data, csv);

        assertThat(run("--data", data.toString(), "--format", "csv", "--feedback", "weighted", "--split",
                "leave-last-out", "--algorithms", "pop,als(factors=4),ease"))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("50 users, 40 items");
    }

    @Test
    void tunesOnAHoldoutOfTheTrainingData() throws Exception {
        Path data = dir.resolve("u.data");
        PlantedInteractions.writeMovieLens(new PlantedInteractions(80, 120, 4, 10, 20, 0.8, 5).generate(), data);
        Path json = dir.resolve("tuned.json");

        assertThat(run("--data", data.toString(), "--algorithms", "ease,itemknn", "--tune", "holdout", "--out",
                json.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(json)).contains("\"label\": \"ease(lambda=", "\"label\": \"itemknn(neighbours=");
    }

    @Test
    void reportsBadArgumentsAndBadLinesWithStatusTwo() throws Exception {
        assertThat(run("--data", "x", "--algorithms", "magic")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("algorithm: 'magic' is not one of", "usage:");
        err.reset();
        assertThat(run("--data", "x", "--algorithms", "ease,als(factors=0)")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("params.factors: must be within [1, 512], was 0");
        err.reset();
        assertThat(run("--data", "x", "--param", "ease.lambda=5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--algorithms \"ease(lambda=250)\"");

        Path bad = dir.resolve("bad.data");
        Files.writeString(bad, "1\t2\t3\t4\n1\t2\n");
        err.reset();
        assertThat(run("--data", bad.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2");
    }

    @Test
    void scoresServedEaseWithEveryWeightKeptAsTheFullModel() throws Exception {
        // 150 items: a served EASE that keeps 1,000 weights per item keeps them all, so folding users in from their
        // training cells must rank exactly as the trained dense model does
        Path data = dir.resolve("u.data");
        PlantedInteractions.writeMovieLens(new PlantedInteractions(100, 150, 5, 10, 20, 0.8, 7).generate(), data);
        Path folded = dir.resolve("folded.csv");
        Path trained = dir.resolve("trained.csv");

        assertThat(run("--data", data.toString(), "--algorithms", "ease(neighbours=1000)", "--predictions",
                folded.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(run("--data", data.toString(), "--algorithms", "ease", "--users", "trained", "--predictions",
                trained.toString())).as(err.toString(StandardCharsets.UTF_8)).isZero();

        assertThat(Files.readAllLines(folded)).isEqualTo(Files.readAllLines(trained));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("users folded", "users trained");
    }

    @Test
    void blendsFamiliesWithWeightsChosenOnAHoldoutAndReportsProgress() throws Exception {
        Path data = dir.resolve("u.data");
        PlantedInteractions.writeMovieLens(new PlantedInteractions(150, 200, 6, 10, 25, 0.8, 3).generate(), data);
        Path json = dir.resolve("blend.json");

        assertThat(run("--data", data.toString(), "--algorithms", "blend", "--threads", "2", "--out", json.toString()))
                .as(err.toString(StandardCharsets.UTF_8)).isZero();

        // each part with its chosen settings and weight, e.g. ease(lambda=250,neighbours=100)*0.40
        assertThat(Files.readString(json)).containsPattern(
                "\"label\": \"blend\\((ease|als|plsa)\\([a-zA-Z]+=[^)]*\\)\\*[01]\\.\\d\\d");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("blend: 1/", "%)", "validated plsa(aspects=16", "left");
    }

    @Test
    void listsEveryAlgorithmsParameters() {
        assertThat(run("--parameters")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sansa", "entriesPerItem", "regularization",
                "constant | per-cell", "halfLifeDays");
    }
}
