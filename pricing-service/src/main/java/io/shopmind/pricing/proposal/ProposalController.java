package io.shopmind.pricing.proposal;

import io.shopmind.model.problem.FieldError;
import io.shopmind.pricing.book.Actor;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/pricing/proposals}: proposals with their reasons, and the decisions on them. */
@RestController
@RequestMapping("/api/v1/pricing/proposals")
public class ProposalController {

    private final ProposalStore proposals;
    private final ProposalDecisions decisions;

    public ProposalController(ProposalStore proposals, ProposalDecisions decisions) {
        this.proposals = proposals;
        this.decisions = decisions;
    }

    @Operation(summary = "Proposals in id order, optionally of one run, SKU or status (PENDING, APPROVED, ...)")
    @GetMapping
    public List<ProposalView> list(@RequestParam(required = false) UUID runId,
            @RequestParam(required = false) @Size(max = 64) String sku,
            @RequestParam(required = false) ProposalStatus status,
            @RequestParam(defaultValue = "0") @Min(0) long after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return proposals.list(runId, sku, status, after, limit);
    }

    @Operation(summary = "A proposal with its reasons")
    @GetMapping("/{id}")
    public ProposalView get(@PathVariable long id) {
        return proposals.find(id).orElseThrow(() -> new NotFoundException("No proposal " + id));
    }

    @Operation(summary = "Approve a proposal: the price book takes the proposed price and PriceChanged is emitted")
    @PostMapping("/{id}/approve")
    public ProposalView approve(@PathVariable long id, @RequestBody(required = false) @Valid Note note,
            @RequestHeader(name = Actor.HEADER, required = false) String actor) {
        return decisions.approve(id, Actor.of(actor), note == null ? null : note.note());
    }

    @Operation(summary = "Reject a proposal")
    @PostMapping("/{id}/reject")
    public ProposalView reject(@PathVariable long id, @RequestBody(required = false) @Valid Note note,
            @RequestHeader(name = Actor.HEADER, required = false) String actor) {
        return decisions.reject(id, Actor.of(actor), note == null ? null : note.note());
    }

    @Operation(summary = "Approve and reject many proposals at once: all of them, or none if one cannot be decided")
    @PostMapping("/decisions")
    public Map<String, List<ProposalView>> decide(@Valid @RequestBody DecisionRequest request,
            @RequestHeader(name = Actor.HEADER, required = false) String actor) {
        List<Long> approve = request.approve() == null ? List.of() : request.approve();
        List<Long> reject = request.reject() == null ? List.of() : request.reject();
        if (approve.isEmpty() && reject.isEmpty()) {
            throw new InvalidInputException("Nothing to decide.", List.of(new FieldError("approve",
                    "give proposals to approve or to reject")));
        }
        Set<Long> seen = new HashSet<>();
        for (long id : approve) {
            seen.add(id);
        }
        for (long id : reject) {
            if (!seen.add(id)) {
                throw new InvalidInputException("A proposal is both approved and rejected.",
                        List.of(new FieldError("reject", "proposal " + id + " is also in approve")));
            }
        }
        return Map.of("decided", decisions.decide(approve, reject, Actor.of(actor), request.note()));
    }

    /** An optional note with a decision. */
    public record Note(@Size(max = 500) String note) {
    }
}
