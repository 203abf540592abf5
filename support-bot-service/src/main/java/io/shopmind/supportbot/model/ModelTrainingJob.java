package io.shopmind.supportbot.model;

import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import org.springframework.stereotype.Component;

/** A training of the intent model on every example the shop has now, as a job; its result is the new version. */
@Component
class ModelTrainingJob implements JobHandler<ModelTrainingJob.Parameters> {

    static final String KIND = "intent-training";

    /** A training needs nothing but the examples stored when it starts. */
    record Parameters() {
    }

    private final IntentModels models;

    ModelTrainingJob(IntentModels models) {
        this.models = models;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Class<Parameters> parametersType() {
        return Parameters.class;
    }

    @Override
    public String run(Parameters parameters, JobProgress progress) {
        int version = models.train(progress::report);
        return "/api/v1/support/models/" + version;
    }
}
