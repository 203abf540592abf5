package io.shopmind.pricing.proposal;

import io.shopmind.pricing.book.PriceBook;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approves and rejects proposals. Approval moves the price book to the proposed price (which emits
 * {@code PriceChanged} through the outbox) in the same transaction as the decision; a bulk decision is one
 * transaction, so a proposal that cannot be decided leaves every other one as it was.
 */
@Service
public class ProposalDecisions {

    private final ProposalStore proposals;
    private final PriceBook book;
    private final Clock clock;

    public ProposalDecisions(ProposalStore proposals, PriceBook book, Clock clock) {
        this.proposals = proposals;
        this.book = book;
        this.clock = clock;
    }

    @Transactional
    public ProposalView approve(long id, String actor, String note) {
        ProposalView proposal = pending(id);
        book.changePrice(proposal.sku(), proposal.proposedPrice(), proposal.currentPrice(), actor,
                "proposal " + id + " approved" + (note == null ? "" : ": " + note));
        proposals.decide(id, ProposalStatus.APPROVED, actor, note, clock.instant());
        return proposals.find(id).orElseThrow();
    }

    @Transactional
    public ProposalView reject(long id, String actor, String note) {
        pending(id);
        proposals.decide(id, ProposalStatus.REJECTED, actor, note, clock.instant());
        return proposals.find(id).orElseThrow();
    }

    /** Approves and rejects many in one transaction: all of them, or none when one cannot be decided. */
    @Transactional
    public List<ProposalView> decide(List<Long> approve, List<Long> reject, String actor, String note) {
        List<ProposalView> decided = new ArrayList<>();
        for (long id : approve) {
            decided.add(approve(id, actor, note));
        }
        for (long id : reject) {
            decided.add(reject(id, actor, note));
        }
        return decided;
    }

    private ProposalView pending(long id) {
        ProposalView proposal = proposals.lock(id).orElseThrow(() -> new NotFoundException("No proposal " + id));
        if (proposal.status() != ProposalStatus.PENDING) {
            throw new ConflictException("Proposal " + id + " is " + proposal.status() + ", not PENDING.");
        }
        return proposal;
    }
}
