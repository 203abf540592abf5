package io.shopmind.recommendation.training;

import io.shopmind.model.problem.FieldError;
import io.shopmind.recommendation.ingest.InteractionKind;
import io.shopmind.recommendation.ingest.InteractionStore;
import io.shopmind.recommendation.interaction.IdIndex;
import io.shopmind.recommendation.interaction.InteractionLog;
import io.shopmind.recommendation.interaction.InteractionMatrix;
import io.shopmind.recommendation.algorithm.AlgorithmSpec;
import io.shopmind.recommendation.algorithm.Algorithms;
import io.shopmind.recommendation.model.ServedModel;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.util.ArrayList;
import java.util.List;
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
    private final Algorithms algorithms = new Algorithms(Algorithms.Settings.defaults());

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
        AlgorithmSpec spec;
        try {
            spec = Algorithms.check(AlgorithmSpec.of(
                    request.algorithm() == null || request.algorithm().isBlank() ? Algorithms.DEFAULT : request.algorithm(),
                    request.params()));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int colon = message.indexOf(':');
            throw new InvalidInputException("The training request is invalid.",
                    List.of(new FieldError(colon > 0 ? message.substring(0, colon) : "params",
                            colon > 0 ? message.substring(colon + 1).trim() : message)));
        }
        memory.check(spec);
        return jobs.submit(KIND, new TrainingRequest(spec.algorithm(), spec.params(), request.activate()));
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
        AlgorithmSpec spec = Algorithms.check(AlgorithmSpec.of(request.algorithm(), request.params()));
        long started = System.nanoTime();
        // in percent: reading takes the first 5, training reports its own steps over the next 90
        progress.report(0, 100, "reading interactions");
        TrainingData data = readOnly.execute(status -> read());
        if (data.log().size() == 0) {
            throw new IllegalStateException("There are no interactions of signed-in shoppers to train on.");
        }
        InteractionMatrix matrix = data.log().toMatrix();
        ServedModel model = algorithms.train(spec, matrix, data.baskets(), (done, total, message) -> {
            progress.stopIfCancelled();
            progress.report(5 + 90L * done / Math.max(1, total), 100,
                    message + " (" + data.log().size() + " interactions)");
        });
        progress.stopIfCancelled();
        progress.report(95, 100, "storing the model");
        long version = store.save(model, new ModelStore.TrainingFacts(matrix.userCount(), matrix.itemCount(),
                data.log().size(), (System.nanoTime() - started) / 1e9));
        progress.report(99, 100, "stored version " + version);
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
