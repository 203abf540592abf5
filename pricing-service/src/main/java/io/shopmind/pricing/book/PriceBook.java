package io.shopmind.pricing.book;

import io.shopmind.model.event.EventType;
import io.shopmind.model.event.Money;
import io.shopmind.model.event.PriceChanged;
import io.shopmind.model.problem.FieldError;
import io.shopmind.pricing.guardrail.PriceEnding;
import io.shopmind.pricing.outbox.Outbox;
import io.shopmind.servicesupport.problem.ConflictException;
import io.shopmind.servicesupport.problem.InvalidInputException;
import io.shopmind.servicesupport.problem.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change of the price book goes through here: checked against {@link PriceBookRules}, audited, announced as
 * a {@code PriceChanged} event through the outbox when the selling price moved, and put in the storefront cache
 * once it commits.
 */
@Service
public class PriceBook {

    private final PriceBookStore store;
    private final CurrentPrices cache;
    private final Outbox outbox;
    private final Clock clock;

    public PriceBook(PriceBookStore store, CurrentPrices cache, Outbox outbox, Clock clock) {
        this.store = store;
        this.cache = cache;
        this.outbox = outbox;
        this.clock = clock;
    }

    public PriceBookEntry get(String sku) {
        return store.find(sku).orElseThrow(() -> new NotFoundException("No price for SKU " + sku));
    }

    public Optional<PriceBookEntry> find(String sku) {
        return store.find(sku);
    }

    /** Creates or replaces a SKU's entry. */
    @Transactional
    public PriceBookEntry put(String sku, PriceBookRequest request, String actor) {
        List<FieldError> problems = PriceBookRules.problems(sku, request);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The price book entry is not valid.", problems);
        }
        return apply(sku, request, actor, clock.instant());
    }

    /** Applies an entry that passed the rules; the caller holds the transaction. */
    public PriceBookEntry apply(String sku, PriceBookRequest request, String actor, Instant now) {
        PriceBookEntry before = store.lock(sku).orElse(null);
        boolean priceMoved = before == null || before.price().compareTo(request.price()) != 0
                || !before.currency().equals(request.currency());
        PriceBookEntry after = new PriceBookEntry(sku, request.currency(), Amounts.normalize(request.listPrice()),
                Amounts.normalize(request.price()), Amounts.normalize(request.unitCost()),
                Amounts.normalize(request.mapPrice()), Amounts.normalize(request.floorPrice()),
                Amounts.normalize(request.ceilingPrice()),
                request.minMargin(), request.priceEnding() == null ? PriceEnding.NONE : request.priceEnding(),
                request.category(), priceMoved ? now : before.effectiveSince(), now);
        save(before, after, actor, request.reason(), priceMoved);
        return after;
    }

    /**
     * Moves a SKU's selling price (an approved proposal, an experiment's arm), keeping the rest of its entry. The
     * price must still pass the entry's rules; {@code expectedCurrent}, when given, must still be the price, so a
     * proposal made against an older price is not applied over a newer edit.
     */
    @Transactional
    public PriceBookEntry changePrice(String sku, BigDecimal newPrice, BigDecimal expectedCurrent, String actor,
            String reason) {
        PriceBookEntry before = store.lock(sku).orElseThrow(() -> new NotFoundException("No price for SKU " + sku));
        if (expectedCurrent != null && before.price().compareTo(expectedCurrent) != 0) {
            throw new ConflictException("The price of " + sku + " is now " + before.price().toPlainString()
                    + ", not " + expectedCurrent.toPlainString() + " as when the change was proposed.");
        }
        List<FieldError> problems = PriceBookRules.problems(sku, requestOf(before, newPrice, reason));
        if (!problems.isEmpty()) {
            throw new InvalidInputException("The new price breaks the price book's rules for " + sku + ".", problems);
        }
        PriceBookEntry after = before.withPrice(Amounts.normalize(newPrice), clock.instant());
        save(before, after, actor, reason, before.price().compareTo(newPrice) != 0);
        return after;
    }

    private void save(PriceBookEntry before, PriceBookEntry after, String actor, String reason, boolean priceMoved) {
        store.save(after);
        store.audit(before, after, actor, reason);
        if (priceMoved) {
            outbox.append(EventType.PriceChanged, after.updatedAt(), new PriceChanged(after.sku(),
                    new Money(after.price(), after.currency()),
                    before == null ? null : new Money(before.price(), before.currency()), reason));
        }
        cache.afterCommit(after);
    }

    public static PriceBookRequest requestOf(PriceBookEntry entry, BigDecimal price, String reason) {
        return new PriceBookRequest(entry.currency(), entry.listPrice(), price, entry.unitCost(), entry.mapPrice(),
                entry.floorPrice(), entry.ceilingPrice(), entry.minMargin(), entry.priceEnding(), entry.category(),
                reason);
    }
}
