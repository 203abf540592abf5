package io.shopmind.inventory.plan;

import io.shopmind.inventory.InventoryProperties;
import io.shopmind.inventory.purchasing.PurchaseOrderView;
import io.shopmind.inventory.sku.Sku;
import io.shopmind.inventory.sku.SkuRepository;
import io.shopmind.model.problem.FieldError;
import io.shopmind.servicesupport.job.JobController;
import io.shopmind.servicesupport.job.JobQueue;
import io.shopmind.servicesupport.job.JobView;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/inventory/plans}: start a planning run, read a plan, approve it into purchase orders. */
@RestController
@RequestMapping("/api/v1/inventory/plans")
public class PlanController {

    private final JobQueue jobs;
    private final PlanApproval approval;
    private final PlanRepository plans;
    private final PlanLineRepository lines;
    private final SkuRepository skus;
    private final InventoryProperties properties;
    private final Clock clock;

    PlanController(JobQueue jobs, PlanApproval approval, PlanRepository plans,
            PlanLineRepository lines, SkuRepository skus, InventoryProperties properties, Clock clock) {
        this.jobs = jobs;
        this.approval = approval;
        this.plans = plans;
        this.lines = lines;
        this.skus = skus;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(summary = "Start a replenishment planning run",
            description = "202 with the job; its result is the plan's path. With budgetPerWeek or volumeCapacity the "
                    + "SKUs share them and the plan reports cost, lower bound and gap.")
    @PostMapping
    public ResponseEntity<JobView> plan(@Valid @RequestBody(required = false) PlanRequest body) {
        PlanRequest request = body == null ? new PlanRequest(null, null, null, null, null) : body;
        List<Sku> chosen = chosenSkus(request);
        String currency = checkCurrency(request, chosen);
        Plan plan = plans.save(new Plan(UUID.randomUUID(),
                request.warehouse() == null ? properties.defaultWarehouse() : request.warehouse(),
                request.horizonWeeks() == null ? properties.planning().horizonWeeks() : request.horizonWeeks(),
                currency, request.budgetPerWeek() == null ? null : request.budgetPerWeek().amount(),
                request.volumeCapacity(), clock.instant()));
        JobView job = jobs.submit(PlanningJob.KIND,
                new PlanningJob.Parameters(plan.id(), chosen.stream().map(Sku::sku).toList()));
        return JobController.accepted("inventory", job);
    }

    @Operation(summary = "A plan with every line and the inputs behind it")
    @GetMapping("/{id}")
    public PlanView get(@PathVariable UUID id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("No plan " + id));
        return PlanView.of(plan, lines.findByPlanIdOrderBySkuAscWeekAsc(id));
    }

    @Operation(summary = "Approve a plan, with the buyer's edits, into purchase orders",
            description = "One purchase order per supplier and order week; units on order rise accordingly.")
    @ApiResponse(responseCode = "201", description = "Approved into these purchase orders")
    @PostMapping("/{id}/approve")
    public ResponseEntity<List<PurchaseOrderView>> approve(@PathVariable UUID id,
            @Valid @RequestBody(required = false) ApprovalRequest request) {
        List<ApprovalRequest.Edit> edits = request == null || request.lines() == null ? List.of() : request.lines();
        return ResponseEntity.status(HttpStatus.CREATED).body(approval.approve(id, edits));
    }

    private List<Sku> chosenSkus(PlanRequest request) {
        if (request.skus() == null) {
            List<Sku> all = skus.findAll();
            if (all.isEmpty()) {
                throw new InvalidInputException("There are no SKUs with parameters to plan.",
                        List.of(new FieldError("skus", "no SKU has replenishment parameters yet")));
            }
            all.sort(java.util.Comparator.comparing(Sku::sku));
            return all;
        }
        Map<String, Sku> found = skus.findAllById(request.skus()).stream()
                .collect(Collectors.toMap(Sku::sku, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        List<Sku> chosen = new ArrayList<>();
        for (int i = 0; i < request.skus().size(); i++) {
            Sku sku = found.get(request.skus().get(i));
            if (sku == null) {
                errors.add(new FieldError("skus[" + i + "]", "no parameters for SKU " + request.skus().get(i)));
            } else if (!chosen.contains(sku)) {
                chosen.add(sku);
            }
        }
        if (!errors.isEmpty() || chosen.isEmpty()) {
            throw new InvalidInputException("Some SKUs cannot be planned.",
                    errors.isEmpty() ? List.of(new FieldError("skus", "must not be empty")) : errors);
        }
        return chosen;
    }

    /** A shared budget only adds up in one currency. */
    private static String checkCurrency(PlanRequest request, List<Sku> chosen) {
        if (request.budgetPerWeek() == null) {
            return chosen.get(0).currency();
        }
        java.math.BigDecimal amount = request.budgetPerWeek().amount();
        if (amount.signum() <= 0 || amount.scale() > 4 || amount.precision() - amount.scale() > 12) {
            throw new InvalidInputException("The budget must be positive.", List.of(new FieldError(
                    "budgetPerWeek.amount", "must be greater than 0, with at most 12 digits and 4 decimals")));
        }
        String currency = request.budgetPerWeek().currency();
        List<String> others = chosen.stream().filter(s -> !s.currency().equals(currency)).map(Sku::sku).limit(5)
                .toList();
        if (!others.isEmpty()) {
            throw new InvalidInputException("A budget in " + currency + " cannot cover SKUs priced otherwise.",
                    List.of(new FieldError("budgetPerWeek.currency", "SKUs " + others + " are not priced in "
                            + currency)));
        }
        return currency;
    }
}
