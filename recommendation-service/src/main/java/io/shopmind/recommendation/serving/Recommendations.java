package io.shopmind.recommendation.serving;

import io.shopmind.model.recommendation.RecommendationList;
import io.shopmind.recommendation.availability.InventoryAvailability;
import io.shopmind.recommendation.availability.Stock;
import io.shopmind.recommendation.catalog.CatalogItem;
import io.shopmind.recommendation.catalog.Catalogue;
import io.shopmind.recommendation.experiment.Experiments;
import io.shopmind.recommendation.ingest.Interaction;
import io.shopmind.recommendation.ingest.InteractionKind;
import io.shopmind.recommendation.ingest.InteractionProperties;
import io.shopmind.recommendation.ingest.InteractionStore;
import io.shopmind.recommendation.model.RankedItems;
import io.shopmind.recommendation.model.TopK;
import io.shopmind.recommendation.ranking.Merchandising;
import io.shopmind.recommendation.ranking.Profile;
import io.shopmind.recommendation.ranking.ServingModel;
import io.shopmind.recommendation.training.ServedModels;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * Builds every list the service serves. A shopper's list comes from the first link of the cold-start chain that
 * yields items: the model scoring the shopper's current interactions (so a new event counts at once), the model
 * scoring the visit's interactions, trending in the shopper's (or requested) category, trending overall. Then the
 * merchandising rules re-rank, pinned items go first, and out-of-stock items are dropped.
 */
@Service
public class Recommendations {

    static final String CATEGORY_TRENDING = "category-trending";
    static final String TRENDING = "trending";

    private final ServedModels models;
    private final InteractionStore interactions;
    private final ShopperHistory shopperHistory;
    private final InteractionProperties interactionProperties;
    private final Catalogue catalogue;
    private final Trending trending;
    private final InventoryAvailability availability;
    private final Experiments experiments;

    public Recommendations(ServedModels models, InteractionStore interactions, ShopperHistory shopperHistory,
            InteractionProperties interactionProperties, Catalogue catalogue, Trending trending,
            InventoryAvailability availability, Experiments experiments) {
        this.models = models;
        this.interactions = interactions;
        this.shopperHistory = shopperHistory;
        this.interactionProperties = interactionProperties;
        this.catalogue = catalogue;
        this.trending = trending;
        this.availability = availability;
        this.experiments = experiments;
    }

    /** An item on its way into a list; {@code item} is its model index, -1 when it came from elsewhere. */
    private record Candidate(String sku, double score, int item) {
    }

    /** @param stock how the in-stock filter knew the stock, as {@link RecommendationList#stock()} says */
    private record Served(String source, List<RecommendationList.RecommendedItem> items, String stock) {
    }

    // one score per catalogue item and request would allocate megabytes a second: each thread reuses its own
    private static final ThreadLocal<double[]> SCORES = ThreadLocal.withInitial(() -> new double[0]);

    public RecommendationList forUser(String customerId, String sessionId, ListOptions options) {
        Optional<Experiments.Assignment> assignment = experiments.assign(customerId);
        Optional<ServedModels.Loaded> loaded = assignment.isPresent()
                ? models.version(assignment.get().modelVersion()) : models.active();
        int historySize = interactionProperties.historySize();
        List<Interaction> history = shopperHistory.ofCustomer(customerId);
        List<Interaction> visit = sessionId == null || sessionId.isBlank() ? List.of()
                : interactions.ofSession(sessionId, historySize);
        Set<String> excluded = excluded(history, options.exclude());
        excluded.addAll(excluded(visit, options.exclude()));
        Served served = null;
        if (loaded.isPresent() && !history.isEmpty()) {
            served = fromModel(loaded.get(), history, excluded, options, loaded.get().label());
        }
        if (empty(served) && loaded.isPresent() && !visit.isEmpty()) {
            served = fromModel(loaded.get(), visit, excluded, options, "session:" + loaded.get().label());
        }
        if (empty(served)) {
            List<Interaction> known = new ArrayList<>(history);
            known.addAll(visit);
            served = fromTrending(options.category() != null ? options.category() : dominantCategory(known),
                    excluded, options);
        }
        RecommendationList.Variant variant = null;
        if (assignment.isPresent()) {
            experiments.recordImpression(assignment.get(), customerId,
                    served.items().stream().map(RecommendationList.RecommendedItem::sku).toList());
            variant = new RecommendationList.Variant(assignment.get().experimentId().toString(),
                    assignment.get().variant());
        }
        return new RecommendationList(served.source(), variant, served.items(), served.stock());
    }

    /** An anonymous visitor's list from the items of the visit so far. */
    public RecommendationList forSession(List<String> skus, ListOptions options) {
        Instant now = Instant.now();
        float weight = (float) interactionProperties.eventWeights().weightOf(InteractionKind.VIEW);
        List<Interaction> visit = skus.stream()
                .map(sku -> new Interaction(null, null, sku, InteractionKind.VIEW, weight, now, null)).toList();
        Set<String> excluded = options.exclude() == ListOptions.Exclusion.NONE ? new HashSet<>() : new HashSet<>(skus);
        Optional<ServedModels.Loaded> loaded = models.active();
        Served served = null;
        if (loaded.isPresent() && loaded.get().model().kind() != ServingModel.Kind.POPULARITY) {
            served = fromModel(loaded.get(), visit, excluded, options, "session:" + loaded.get().label());
        }
        if (empty(served)) {
            served = fromTrending(options.category() != null ? options.category() : dominantCategory(visit), excluded,
                    options);
        }
        return new RecommendationList(served.source(), null, served.items(), served.stock());
    }

    /** Items like {@code sku}. */
    public RecommendationList similarTo(String sku, ListOptions options) {
        Set<String> excluded = new HashSet<>(Set.of(sku));
        Optional<ServedModels.Loaded> loaded = models.active();
        if (loaded.isPresent() && loaded.get().model().items().contains(sku)) {
            ServingModel model = loaded.get().model();
            int item = model.items().indexOf(sku);
            RankedItems similar = model.similar(item, options.category() == null ? pool(options, model.itemCount())
                    : model.itemCount());
            List<Candidate> candidates = new ArrayList<>();
            for (int r = 0; r < similar.size(); r++) {
                candidates.add(new Candidate(model.items().idOf(similar.item(r)), similar.score(r), similar.item(r)));
            }
            String name = displayName(sku);
            Served served = finish(loaded.get().label(), filter(candidates, excluded, options), options,
                    c -> "similar to " + name);
            if (!served.items().isEmpty()) {
                return new RecommendationList(served.source(), null, served.items(), served.stock());
            }
        }
        CatalogItem item = catalogue.item(sku);
        Served served = fromTrending(options.category() != null ? options.category()
                : item == null ? null : item.category(), excluded, options);
        return new RecommendationList(served.source(), null, served.items(), served.stock());
    }

    /** What is often bought with the basket's items, from the co-purchase rules. */
    public RecommendationList frequentlyBoughtTogether(List<String> basket, ListOptions options) {
        Set<String> excluded = new HashSet<>(basket);
        Optional<ServedModels.Loaded> loaded = models.active();
        if (loaded.isPresent()) {
            ServingModel model = loaded.get().model();
            int[] items = basket.stream().mapToInt(model.items()::indexOf).filter(i -> i >= 0).toArray();
            double[] scores = scoreBuffer(model.itemCount());
            if (model.scoreBasket(items, scores)) {
                Served served = finish(loaded.get().label(), top(model, scores, excluded, options), options, c -> {
                    int best = -1;
                    double confidence = 0;
                    for (int a : items) {
                        double ca = model.ruleConfidence(a, c.item());
                        if (ca > confidence) {
                            confidence = ca;
                            best = a;
                        }
                    }
                    return best < 0 ? "often bought together" : "often bought with "
                            + displayName(model.items().idOf(best));
                });
                if (!served.items().isEmpty()) {
                    return new RecommendationList(served.source(), null, served.items(), served.stock());
                }
            }
        }
        List<Interaction> asViews = basket.stream()
                .map(sku -> new Interaction(null, null, sku, InteractionKind.CART, 1f, Instant.now(), null)).toList();
        Served served = fromTrending(options.category() != null ? options.category() : dominantCategory(asViews),
                excluded, options);
        return new RecommendationList(served.source(), null, served.items(), served.stock());
    }

    private Served fromModel(ServedModels.Loaded loaded, List<Interaction> interactions, Set<String> excluded,
            ListOptions options, String source) {
        ServingModel model = loaded.model();
        Profile profile = ProfileBuilder.of(interactions, model.items());
        if (profile.isEmpty()) {
            return null;
        }
        double[] scores = scoreBuffer(model.itemCount());
        model.score(profile, scores);
        return finish(source, top(model, scores, excluded, options), options, c -> explain(model, profile, c));
    }

    /** The best candidates by {@code scores}, after masking what may not be shown. */
    private List<Candidate> top(ServingModel model, double[] scores, Set<String> excluded, ListOptions options) {
        Catalogue.Attributes attributes = catalogue.alignedWith(model.items());
        boolean[] inactive = attributes.inactive();
        String[] categories = attributes.categories();
        String category = options.category();
        for (int i = 0; i < scores.length; i++) {
            if (inactive[i] || (category != null && !category.equals(categories[i]))) {
                scores[i] = Double.NEGATIVE_INFINITY;
            }
        }
        for (String sku : excluded) {
            int i = model.items().indexOf(sku);
            if (i >= 0) {
                scores[i] = Double.NEGATIVE_INFINITY;
            }
        }
        RankedItems best = TopK.select(scores, pool(options, scores.length));
        List<Candidate> candidates = new ArrayList<>(best.size());
        for (int r = 0; r < best.size(); r++) {
            candidates.add(new Candidate(model.items().idOf(best.item(r)), best.score(r), best.item(r)));
        }
        return candidates;
    }

    private Served fromTrending(String category, Set<String> excluded, ListOptions options) {
        if (category != null) {
            Served served = finish(CATEGORY_TRENDING, trendingCandidates(trending.inCategory(category), excluded,
                    options), options, c -> "popular in " + category);
            if (!served.items().isEmpty()) {
                return served;
            }
        }
        return finish(TRENDING, trendingCandidates(trending.overall(), excluded, options), options, c -> {
            CatalogItem item = catalogue.item(c.sku());
            return item == null || item.category() == null ? "trending now" : "popular in " + item.category();
        });
    }

    private List<Candidate> trendingCandidates(List<Trending.Entry> entries, Set<String> excluded,
            ListOptions options) {
        List<Candidate> candidates = new ArrayList<>();
        for (Trending.Entry entry : entries) {
            candidates.add(new Candidate(entry.sku(), entry.score(), -1));
        }
        return filter(candidates, excluded, options);
    }

    private List<Candidate> filter(List<Candidate> candidates, Set<String> excluded, ListOptions options) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : candidates) {
            CatalogItem item = catalogue.item(candidate.sku());
            boolean inactive = item != null && !item.active();
            boolean otherCategory = options.category() != null
                    && (item == null || !options.category().equals(item.category()));
            if (!inactive && !otherCategory && !excluded.contains(candidate.sku())) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** Merchandising rules, pinned items first, the in-stock filter, then the first k with their explanations. */
    private Served finish(String source, List<Candidate> candidates, ListOptions options,
            Function<Candidate, String> explain) {
        int n = candidates.size();
        int[] positions = new int[n];
        double[] scores = new double[n];
        for (int p = 0; p < n; p++) {
            positions[p] = p;
            scores[p] = candidates.get(p).score();
        }
        List<Merchandising.Ranked> ranked = options.rules().apply(new RankedItems(positions, scores),
                p -> category(candidates.get(p).sku()), p -> brand(candidates.get(p).sku()), n);
        List<Candidate> ordered = new ArrayList<>(options.pinned().size() + ranked.size());
        Set<String> pinned = new LinkedHashSet<>();
        double top = ranked.isEmpty() ? 1.0 : ranked.get(0).score();
        for (String sku : options.pinned()) {
            CatalogItem item = catalogue.item(sku);
            if ((item == null || item.active()) && pinned.add(sku)) {
                ordered.add(new Candidate(sku, top, -1));
            }
        }
        if (n == 0) {
            // pinned items alone do not make a list: the next link of the chain should answer
            return new Served(source, List.of(), RecommendationList.STOCK_NOT_CHECKED);
        }
        for (Merchandising.Ranked r : ranked) {
            Candidate candidate = candidates.get(r.item());
            if (!pinned.contains(candidate.sku())) {
                ordered.add(new Candidate(candidate.sku(), r.score(), candidate.item()));
            }
        }
        InStock filtered = options.inStock() ? inStock(ordered, options.k())
                : new InStock(ordered, RecommendationList.STOCK_NOT_CHECKED);
        List<Candidate> shown = filtered.kept();
        List<RecommendationList.RecommendedItem> items = new ArrayList<>(Math.min(options.k(), shown.size()));
        for (Candidate candidate : shown.subList(0, Math.min(options.k(), shown.size()))) {
            String explanation = pinned.contains(candidate.sku()) ? "featured by the shop" : explain.apply(candidate);
            items.add(new RecommendationList.RecommendedItem(candidate.sku(), round(candidate.score()), explanation,
                    category(candidate.sku())));
        }
        return new Served(source, items, filtered.stock());
    }

    private record InStock(List<Candidate> kept, String stock) {
    }

    private InStock inStock(List<Candidate> ordered, int k) {
        List<Candidate> kept = new ArrayList<>(k);
        boolean live = true;
        int from = 0;
        while (kept.size() < k && from < ordered.size()) {
            // ask for a few more than needed, so one call usually suffices
            int to = Math.min(ordered.size(), from + 2 * (k - kept.size()) + 2);
            List<Candidate> batch = ordered.subList(from, to);
            InventoryAvailability.StockCheck check = availability.stockOf(batch.stream().map(Candidate::sku).toList());
            live &= check.live();
            for (Candidate candidate : batch) {
                if (check.stock().get(candidate.sku()) != Stock.OUT_OF_STOCK && kept.size() < k) {
                    kept.add(candidate);
                }
            }
            from = to;
        }
        return new InStock(kept, live ? RecommendationList.STOCK_LIVE : RecommendationList.STOCK_LAST_KNOWN);
    }

    private String explain(ServingModel model, Profile profile, Candidate candidate) {
        int p = candidate.item() < 0 ? -1 : model.topContributor(candidate.item(), profile);
        if (p >= 0) {
            String name = displayName(model.items().idOf(profile.items()[p]));
            return switch (profile.kinds()[p]) {
                case InteractionKind.PURCHASE -> "because you bought " + name;
                case InteractionKind.CART -> "because you added " + name + " to your cart";
                case InteractionKind.VIEW -> "because you viewed " + name;
                case InteractionKind.RATING -> "because you rated " + name;
                default -> "because of your interest in " + name;
            };
        }
        String category = category(candidate.sku());
        return category == null ? "recommended for you" : "popular in " + category;
    }

    private static Set<String> excluded(List<Interaction> history, ListOptions.Exclusion exclusion) {
        Set<String> excluded = new HashSet<>();
        for (Interaction interaction : history) {
            if (exclusion == ListOptions.Exclusion.SEEN
                    || (exclusion == ListOptions.Exclusion.BOUGHT && InteractionKind.PURCHASE.equals(interaction.kind()))) {
                excluded.add(interaction.sku());
            }
        }
        return excluded;
    }

    /** The category the shopper's interactions weigh most in. */
    private String dominantCategory(List<Interaction> history) {
        Map<String, Double> weight = new HashMap<>();
        for (Interaction interaction : history) {
            String category = category(interaction.sku());
            if (category != null) {
                weight.merge(category, (double) interaction.weight(), Double::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private String category(String sku) {
        CatalogItem item = catalogue.item(sku);
        return item == null ? null : item.category();
    }

    private String brand(String sku) {
        CatalogItem item = catalogue.item(sku);
        return item == null ? null : item.brand();
    }

    private String displayName(String sku) {
        CatalogItem item = catalogue.item(sku);
        return item == null ? sku : item.displayName();
    }

    /** This thread's score array, {@code n} long; its contents are whatever the last request left. */
    private static double[] scoreBuffer(int n) {
        double[] scores = SCORES.get();
        if (scores.length != n) {
            scores = new double[n];
            SCORES.set(scores);
        }
        return scores;
    }

    private static int pool(ListOptions options, int itemCount) {
        return Math.max(1, Math.min(itemCount, 4 * options.k() + options.pinned().size() + 10));
    }

    private static boolean empty(Served served) {
        return served == null || served.items().isEmpty();
    }

    private static double round(double score) {
        return Math.round(score * 1e6) / 1e6;
    }
}
