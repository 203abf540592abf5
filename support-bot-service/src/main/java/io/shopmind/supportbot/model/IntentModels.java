package io.shopmind.supportbot.model;

import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.supportbot.SupportProperties;
import io.shopmind.supportbot.faq.FaqIndex;
import io.shopmind.supportbot.knowledge.KnowledgeRepository;
import io.shopmind.supportbot.knowledge.StarterPack;
import io.shopmind.supportbot.understanding.FeatureSet;
import io.shopmind.supportbot.understanding.IntentChange;
import io.shopmind.supportbot.understanding.IntentModel;
import io.shopmind.supportbot.understanding.IntentTrainer;
import io.shopmind.supportbot.understanding.LabeledText;
import io.shopmind.supportbot.understanding.OnnxSentenceEncoder;
import io.shopmind.supportbot.understanding.TrainingProgress;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The intent model and FAQ index that serve, and their training. On start an empty knowledge base gets the starter
 * pack and the active model is loaded from the database; the first time there is none, its training is queued as a
 * job and, until it is done, understanding answers 503 ({@link ModelNotReadyException}) rather than holding up the
 * start. Training runs as a job on every example:
 * {@link IntentTrainer#trainOnAll} holds out a seeded share per intent to calibrate and report, and the report sets
 * each intent's validation F1 beside the previous model's. Replicas pick up a new active version or FAQ edit within
 * {@link #RECHECK_MILLIS}.
 */
@Component
public class IntentModels implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(IntentModels.class);
    static final long RECHECK_MILLIS = 2_000;
    /** The label of the starter pack's out-of-scope examples. */
    public static final String OUT_OF_SCOPE = "out_of_scope";
    private static final long SEED = 42;

    private final KnowledgeRepository knowledge;
    private final ModelRepository models;
    private final OnnxSentenceEncoder encoder;
    private final SupportProperties.Understanding settings;
    private final JsonMapper json;
    private final JobQueue jobs;
    private final Clock clock;
    private volatile ServedModel served;
    private volatile long checkedAt;
    private volatile String faqStamp = "";

    public IntentModels(KnowledgeRepository knowledge, ModelRepository models, OnnxSentenceEncoder encoder,
            SupportProperties properties, JsonMapper json, JobQueue jobs, Clock clock) {
        this.knowledge = knowledge;
        this.models = models;
        this.encoder = encoder;
        this.settings = properties.understanding();
        this.json = json;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        if (!knowledge.hasKnowledge()) {
            StarterPack pack = StarterPack.load(json);
            knowledge.add(pack.examples());
            pack.articles().forEach(knowledge::saveArticle);
            log.info("Loaded the starter pack: {} examples, {} FAQ articles", pack.examples().size(),
                    pack.articles().size());
        }
        Optional<ModelRepository.StoredModel> active = models.active();
        if (active.isPresent()) {
            served = new ServedModel(active.get().version(), read(active.get().model()), faqIndex());
        } else if (!models.trainingPending(ModelTrainingJob.KIND)) {
            log.info("No intent model yet: the first one trains as job {}", retrain().id());
        }
        checkedAt = System.currentTimeMillis();
    }

    /**
     * The model serving now, reloaded when another replica activated a newer one or the FAQ changed.
     *
     * @throws ModelNotReadyException while the first model is still training
     */
    public ServedModel current() {
        if (served == null) {
            loadFirst();
        }
        long now = System.currentTimeMillis();
        if (now - checkedAt > RECHECK_MILLIS) {
            checkedAt = now;
            ServedModel mine = served;
            Optional<Integer> active = models.activeVersion();
            if (active.isPresent() && active.get() != mine.version()) {
                models.active().ifPresent(stored -> served = new ServedModel(stored.version(), read(stored.model()),
                        faqIndex()));
            } else if (!faqStamp.equals(knowledge.faqStamp())) {
                served = new ServedModel(mine.version(), mine.intents(), faqIndex());
            }
        }
        return served;
    }

    private synchronized void loadFirst() {
        if (served == null) {
            ModelRepository.StoredModel stored = models.active().orElseThrow(ModelNotReadyException::new);
            served = new ServedModel(stored.version(), read(stored.model()), faqIndex());
        }
    }

    /** Rebuilds the FAQ index at once, after an edit through this replica (the next model reads it when none yet). */
    public void reloadFaq() {
        ServedModel mine = served;
        if (mine != null) {
            served = new ServedModel(mine.version(), mine.intents(), faqIndex());
        }
    }

    /** Queues a training on every example; {@link ModelTrainingJob} runs it. */
    public JobView retrain() {
        return jobs.submit(ModelTrainingJob.KIND, new ModelTrainingJob.Parameters());
    }

    public OnnxSentenceEncoder encoder() {
        return encoder;
    }

    /** Trains on every example, stores the model as the active version and serves it; returns the version. */
    synchronized int train(TrainingProgress progress) {
        List<LabeledText> examples = knowledge.examples();
        Set<FeatureSet> features = FeatureSet.parse(String.join(",", settings.features()));
        IntentTrainer.Options options = new IntentTrainer.Options(features, settings.lambdas(),
                IntentTrainer.Options.MAX_EPOCHS, OUT_OF_SCOPE, 0.1);
        IntentTrainer.Result result = IntentTrainer.trainOnAll(examples, settings.validationShare(), SEED, options,
                encoder, progress);
        IntentModel model = result.model();
        ModelReport.Scores scores = ModelReport.Scores.of(result.validation());
        Map<String, Double> previous = models.active().map(stored -> stored.report().validation().f1())
                .orElse(Map.of());
        List<IntentChange> changes = IntentChange.between(previous, scores.f1());
        int version = models.nextVersion();
        ModelReport report = new ModelReport(version, clock.instant(), examples.size(), model.intents().size(),
                FeatureSet.describe(features), model.temperature(), model.threshold(), result.totalMillis(), scores,
                changes, changes.stream().filter(IntentChange::worse).map(IntentChange::intent).toList());
        models.storeActive(version, bytes(model), report);
        served = new ServedModel(version, model, faqIndex());
        log.info("Intent model v{}: {} examples, {} intents, {} in {} ms; validation in-scope accuracy {}, "
                + "out-of-scope recall {}, macro-F1 {}; worse than before: {}\n{}", version, examples.size(),
                model.intents().size(), model.featurizer().describe(), result.totalMillis(),
                scores.inScopeAccuracy(), scores.outOfScopeRecall(), scores.macroF1(),
                report.worse().isEmpty() ? "none" : report.worse(), IntentChange.table(changes));
        return version;
    }

    private FaqIndex faqIndex() {
        faqStamp = knowledge.faqStamp();
        return new FaqIndex(knowledge.articles(), encoder, settings.faqEmbeddingWeight(), settings.faqMinScore());
    }

    private static byte[] bytes(IntentModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            model.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static IntentModel read(byte[] bytes) {
        try {
            return IntentModel.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
