package io.shopmind.inventory.plan;

import io.shopmind.inventory.sku.Sku;
import io.shopmind.inventory.sku.SkuRepository;
import io.shopmind.servicesupport.job.JobHandler;
import io.shopmind.servicesupport.job.JobProgress;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** A planning run as a job any replica can run: the plan's id and its SKUs are the job's parameters. */
@Component
class PlanningJob implements JobHandler<PlanningJob.Parameters> {

    static final String KIND = "replenishment-plan";

    /** @param skus the SKUs to plan, in planning order */
    record Parameters(UUID planId, List<String> skus) {
    }

    private final PlanningRun run;
    private final SkuRepository skus;

    PlanningJob(PlanningRun run, SkuRepository skus) {
        this.run = run;
        this.skus = skus;
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
        Map<String, Sku> found = skus.findAllById(parameters.skus()).stream()
                .collect(Collectors.toMap(Sku::sku, Function.identity()));
        List<Sku> chosen = parameters.skus().stream().map(found::get).filter(Objects::nonNull).toList();
        return run.run(parameters.planId(), chosen, progress);
    }
}
