package io.shopmind.supportbot.benchmark;

import io.shopmind.supportbot.entity.EntityExtractor;
import io.shopmind.supportbot.entity.ProductMatcher;
import io.shopmind.supportbot.faq.FaqIndex;
import io.shopmind.supportbot.knowledge.StarterPack;
import io.shopmind.supportbot.understanding.FeatureSet;
import io.shopmind.supportbot.understanding.IntentModel;
import io.shopmind.supportbot.understanding.IntentPrediction;
import io.shopmind.supportbot.understanding.IntentTrainer;
import io.shopmind.supportbot.understanding.LabeledText;
import io.shopmind.supportbot.understanding.OnnxSentenceEncoder;
import io.shopmind.supportbot.understanding.TrainingProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one shopper message costs the bot in-process, without the database: the intent model (embeddings
 * included), the entities against a 10,000-product catalogue and the FAQ retrieval, timed per message over the
 * starter pack's examples (each embedded afresh). Prints the starter pack's training time and the latency p50/p99.
 * Arguments: {@code [rounds]} (default 3).
 */
public final class UnderstandingBenchmark {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        JsonMapper json = JsonMapper.builder().build();
        StarterPack pack = StarterPack.load(json);
        OnnxSentenceEncoder encoder = new OnnxSentenceEncoder(100_000);
        long started = System.nanoTime();
        IntentTrainer.Result result = IntentTrainer.trainOnAll(pack.examples(), 0.2, 42,
                IntentTrainer.Options.defaults(FeatureSet.parse("words,chars,embeddings"), "out_of_scope"), encoder,
                TrainingProgress.SILENT);
        System.out.printf(Locale.ROOT, "starter pack: %d examples, %d intents, trained in %.1f s (models loaded)%n",
                pack.examples().size(), result.model().intents().size(), (System.nanoTime() - started) / 1e9);
        long retrain = System.nanoTime();
        IntentTrainer.trainOnAll(pack.examples(), 0.2, 42, IntentTrainer.Options.defaults(
                FeatureSet.parse("words,chars,embeddings"), "out_of_scope"), encoder, TrainingProgress.SILENT);
        System.out.printf(Locale.ROOT, "retrain with the embeddings cached: %.1f s%n", (System.nanoTime() - retrain) / 1e9);

        List<ProductMatcher.Product> products = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            products.add(new ProductMatcher.Product("SKU-" + i, List.of("Product " + i + " blue ceramic teapot")));
        }
        ProductMatcher catalogue = new ProductMatcher(products, 0.6);
        FaqIndex faq = new FaqIndex(pack.articles(), encoder, 0.5, 0.3);
        IntentModel model = result.model();
        OnnxSentenceEncoder fresh = encoder.uncached();
        List<String> texts = pack.examples().stream().map(LabeledText::text).toList();
        texts.stream().limit(50).forEach(text -> model.predict(text, fresh));
        double[] millis = new double[texts.size() * rounds];
        int n = 0;
        LocalDate today = LocalDate.of(2026, 3, 4);
        for (int r = 0; r < rounds; r++) {
            for (String text : texts) {
                long t = System.nanoTime();
                IntentPrediction prediction = model.predict(text, fresh);
                EntityExtractor.extract(text, today, catalogue);
                faq.answer(text, prediction.intent());
                millis[n++] = (System.nanoTime() - t) / 1e6;
            }
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%d messages: p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", millis.length,
                millis[(int) Math.ceil(0.5 * millis.length) - 1], millis[(int) Math.ceil(0.99 * millis.length) - 1],
                millis[millis.length - 1]);
    }
}
