package io.shopmind.recommendation.training;

import io.shopmind.model.problem.FieldError;
import io.shopmind.recommendation.ingest.InteractionKind;
import io.shopmind.recommendation.ingest.InteractionStore;
import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.ranking.ServingModel;
import io.shopmind.recommendation.ranking.Trainer;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Trains a model as a job: reads every signed-in shopper's interactions, trains, stores the version, and activates
 * it when asked. The request is the job's parameters, so any replica can run it.
 */
@Service
public class ModelTraining implements JobHandler<TrainingRequest> {

    static final String KIND = "model-training";

    private final JobQueue jobs;
    private final InteractionStore interactions;
    private final ModelStore store;
    private final ServedModels served;
    private final TransactionTemplate readOnly;
    private final TrainingMemory memory;
    private final Trainer trainer = new Trainer(Trainer.Settings.defaults());

    public ModelTraining(JobQueue jobs, InteractionStore interactions, ModelStore store, ServedModels served,
            TransactionTemplate transactions, TrainingMemory memory) {
        this.memory = memory;
        this.jobs = jobs;
        this.interactions = interactions;
        this.store = store;
        this.served = served;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    public JobView submit(TrainingRequest request) {
        List<FieldError> outOfBounds = request.outOfBounds();
        if (!outOfBounds.isEmpty()) {
            throw new InvalidInputException("The training request is invalid.", outOfBounds);
        }
        try {
            Trainer.validate(request.algorithm(), request.params());
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw new InvalidInputException("The training request is invalid.",
                    List.of(new FieldError(colon > 0 ? message.substring(0, colon) : "params",
                            colon > 0 ? message.substring(colon + 1).trim() : message)));
        }
        memory.check(request);
        return jobs.submit(KIND, request);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<TrainingRequest> parametersType() {
        return TrainingRequest.class;
    }

    @Override
    public String run(TrainingRequest request, JobProgress progress) {
        long started = System.nanoTime();
        progress.report(0, 4, "reading interactions");
        TrainingData data = readOnly.execute(status -> read());
        if (data.log().size() == 0) {
            throw new IllegalStateException("There are no interactions of signed-in shoppers to train on.");
        }
        progress.stopIfCancelled();
        progress.report(1, 4, "training " + request.algorithm() + " on " + data.log().size() + " interactions");
        InteractionMatrix matrix = data.log().toMatrix();
        ServingModel model = trainer.train(request.algorithm(), request.params(), matrix, data.baskets());
        progress.stopIfCancelled();
        progress.report(2, 4, "storing the model");
        long version = store.save(model, new ModelStore.TrainingFacts(new TreeMap<>(request.params()).toString(),
                matrix.userCount(), matrix.itemCount(), data.log().size(), (System.nanoTime() - started) / 1e9));
        progress.report(3, 4, "stored version " + version);
        if (request.activate()) {
            activate(version);
        }
        return "/api/v1/recommendations/models/" + version;
    }

    /** Makes {@code version} the active model here at once, and on other replicas within seconds. */
    public void activate(long version) {
        ServedModels.Loaded loaded = served.version(version)
                .orElseThrow(() -> new NotFoundException("No model version " + version));
        store.activate(version);
        served.serve(loaded);
    }

    private record TrainingData(InteractionLog log, InteractionMatrix baskets) {
    }

    private TrainingData read() {
        InteractionLog.Builder builder = new InteractionLog.Builder();
        List<String> purchaseBaskets = new ArrayList<>();
        List<String> purchaseItems = new ArrayList<>();
        interactions.forEachOfCustomers(rs -> {
            String customer = rs.getString(1);
            String sku = rs.getString(2);
            builder.add(customer, sku, rs.getFloat(4), rs.getTimestamp(5).toInstant().getEpochSecond());
            if (InteractionKind.PURCHASE.equals(rs.getString(3))) {
                String basket = rs.getString(6);
                // an imported purchase has no order: the shopper's purchases form one basket
                purchaseBaskets.add(basket == null ? "customer:" + customer : "order:" + basket);
                purchaseItems.add(sku);
            }
        });
        InteractionLog log = builder.build();
        IdIndex items = log.items();
        IdIndex.Builder baskets = new IdIndex.Builder();
        int n = purchaseItems.size();
        int[] rows = new int[n];
        int[] columns = new int[n];
        float[] ones = new float[n];
        long[] times = new long[n];
        for (int p = 0; p < n; p++) {
            rows[p] = baskets.indexOf(purchaseBaskets.get(p));
            columns[p] = items.indexOf(purchaseItems.get(p));
            ones[p] = 1f;
        }
        return new TrainingData(log, InteractionMatrix.of(baskets.build(), items, rows, columns, ones, times));
    }
}
