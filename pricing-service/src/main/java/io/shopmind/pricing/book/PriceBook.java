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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    PriceBookEntry apply(String sku, PriceBookRequest request, String actor, Instant now) {
        applyAll(Map.of(sku, request), actor, now);
        return store.find(sku).orElseThrow();
    }

    /**
     * Applies entries that passed the rules, in a few round trips whatever their number; an entry equal to what the
     * book holds is left alone. The caller holds the transaction. Returns how many entries changed.
     */
    int applyAll(Map<String, PriceBookRequest> requests, String actor, Instant now) {
        Map<String, PriceBookEntry> current = store.lockAll(requests.keySet());
        List<PriceBookStore.Audited> changes = new ArrayList<>();
        for (Map.Entry<String, PriceBookRequest> e : requests.entrySet()) {
            PriceBookEntry before = current.get(e.getKey());
            PriceBookRequest request = e.getValue();
            if (before != null && requestOf(before, before.price(), request.reason()).equals(normalized(request))) {
                continue;
            }
            boolean priceMoved = priceMoved(before, request.price(), request.currency());
            changes.add(new PriceBookStore.Audited(before, new PriceBookEntry(e.getKey(), request.currency(),
                    Amounts.normalize(request.listPrice()), Amounts.normalize(request.price()),
                    Amounts.normalize(request.unitCost()), Amounts.normalize(request.mapPrice()),
                    Amounts.normalize(request.floorPrice()), Amounts.normalize(request.ceilingPrice()),
                    request.minMargin(), request.priceEnding() == null ? PriceEnding.NONE : request.priceEnding(),
                    request.category(), priceMoved ? now : before.effectiveSince(), now), actor, request.reason()));
        }
        save(changes);
        return changes.size();
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
        save(List.of(new PriceBookStore.Audited(before, after, actor, reason)));
        return after;
    }

    private void save(List<PriceBookStore.Audited> changes) {
        if (changes.isEmpty()) {
            return;
        }
        store.save(changes.stream().map(PriceBookStore.Audited::after).toList());
        store.audit(changes);
        Map<Instant, List<PriceChanged>> events = new LinkedHashMap<>();
        for (PriceBookStore.Audited change : changes) {
            PriceBookEntry before = change.before();
            PriceBookEntry after = change.after();
            if (priceMoved(before, after.price(), after.currency())) {
                events.computeIfAbsent(after.updatedAt(), at -> new ArrayList<>()).add(new PriceChanged(after.sku(),
                        new Money(after.price(), after.currency()),
                        before == null ? null : new Money(before.price(), before.currency()), change.reason()));
            }
            cache.afterCommit(after);
        }
        events.forEach((at, payloads) -> outbox.appendAll(EventType.PriceChanged, at, payloads));
    }

    private static boolean priceMoved(PriceBookEntry before, BigDecimal price, String currency) {
        return before == null || before.price().compareTo(price) != 0 || !before.currency().equals(currency);
    }

    /** The request as the book would store it, to compare with an entry. */
    static PriceBookRequest normalized(PriceBookRequest r) {
        return new PriceBookRequest(r.currency(), Amounts.normalize(r.listPrice()), Amounts.normalize(r.price()),
                Amounts.normalize(r.unitCost()), Amounts.normalize(r.mapPrice()), Amounts.normalize(r.floorPrice()),
                Amounts.normalize(r.ceilingPrice()), r.minMargin(),
                r.priceEnding() == null ? PriceEnding.NONE : r.priceEnding(), r.category(), r.reason());
    }

    public static PriceBookRequest requestOf(PriceBookEntry entry, BigDecimal price, String reason) {
        return new PriceBookRequest(entry.currency(), entry.listPrice(), price, entry.unitCost(), entry.mapPrice(),
                entry.floorPrice(), entry.ceilingPrice(), entry.minMargin(), entry.priceEnding(), entry.category(),
                reason);
    }
}
