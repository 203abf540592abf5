package io.shopmind.pricing.experiment;

import io.shopmind.pricing.book.Actor;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pricing/experiments}: online price experiments, their state, results and decision log. */
@RestController
@RequestMapping("/api/v1/pricing/experiments")
public class ExperimentController {

    private final Experiments experiments;

    public ExperimentController(Experiments experiments) {
        this.experiments = experiments;
    }

    @Operation(summary = "Create a price experiment (DRAFT): a grid of prices for one SKU and the policy to learn with")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ExperimentView create(@Valid @RequestBody ExperimentRequest request,
            @RequestHeader(name = Actor.HEADER, required = false) String actor) {
        return experiments.create(request, Actor.of(actor));
    }

    @Operation(summary = "Start it: the first period's price goes into the price book")
    @PostMapping("/{id}/start")
    public ExperimentView start(@PathVariable UUID id) {
        return experiments.start(id);
    }

    @Operation(summary = "End the current period now: learn its demand and choose the next price")
    @PostMapping("/{id}/advance")
    public ExperimentView advance(@PathVariable UUID id) {
        return experiments.advance(id);
    }

    @Operation(summary = "Stop it; the price book keeps the last price")
    @PostMapping("/{id}/stop")
    public ExperimentView stop(@PathVariable UUID id, @RequestParam(required = false) @Size(max = 200) String reason) {
        return experiments.stop(id, reason);
    }

    @Operation(summary = "An experiment's state and results: per price the periods, units, revenue, posterior and "
            + "the off-policy revenue estimate")
    @GetMapping("/{id}")
    public ExperimentView get(@PathVariable UUID id) {
        return experiments.view(id);
    }

    @Operation(summary = "The decision log: each period's price, propensities and demand")
    @GetMapping("/{id}/periods")
    public List<Experiments.Period> periods(@PathVariable UUID id) {
        experiments.view(id);
        return experiments.periods(id);
    }

    @Operation(summary = "The latest experiments")
    @GetMapping
    public List<ExperimentView> list(@RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit) {
        return experiments.list(limit);
    }
}
