package io.shopmind.recommendation.serving;

import io.shopmind.model.recommendation.RecommendationList;
import io.shopmind.recommendation.ranking.Merchandising;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The lists the storefront shows: for a shopper, like an item, with a basket, for an anonymous visit. */
@RestController
public class RecommendationController {

    static final int MAX_K = 100;
    /** Longest shopper id, SKU, category or brand a request may name. */
    static final int MAX_ID = 128;
    /** Most items of a visit or a basket. */
    static final int MAX_ITEMS = 200;
    /** Most values of one merchandising parameter. */
    static final int MAX_RULES = 50;

    private final Recommendations recommendations;
    private final ServingProperties properties;

    public RecommendationController(Recommendations recommendations, ServingProperties properties) {
        this.recommendations = recommendations;
        this.properties = properties;
    }

    /**
     * A list request's query parameters; the merchandising ones add to the configured rules.
     *
     * @param exclude {@code bought} (default), {@code seen} or {@code none}
     * @param inStock leave out items out of stock; true by default
     */
    public record ListQuery(@Min(1) @Max(MAX_K) Integer k, @Size(max = MAX_ID) String category,
            @Pattern(regexp = "(?i)bought|seen|none", message = "must be bought, seen or none") String exclude,
            Boolean inStock, @Size(max = MAX_ID) String sessionId,
            @Size(max = MAX_RULES) List<@NotBlank @Size(max = MAX_ID) String> boostCategory,
            @Size(max = MAX_RULES) List<@NotBlank @Size(max = MAX_ID) String> buryCategory,
            @Size(max = MAX_RULES) List<@NotBlank @Size(max = MAX_ID) String> boostBrand,
            @Size(max = MAX_RULES) List<@NotBlank @Size(max = MAX_ID) String> buryBrand,
            @Size(max = MAX_RULES) List<@NotBlank @Size(max = MAX_ID) String> pin,
            @Min(0) @Max(MAX_K) Integer maxPerCategory) {
    }

    /** The items of an anonymous visit so far, most recent last. */
    public record SessionRequest(
            @NotNull @NotEmpty @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = MAX_ID) String> items) {
    }

    /** The skus in a shopper's basket. */
    public record BasketRequest(
            @NotNull @NotEmpty @Size(max = MAX_ITEMS) List<@NotBlank @Size(max = MAX_ID) String> skus) {
    }

    @Operation(summary = "Recommendations for a shopper",
            description = "Falls back along the cold-start chain: model, visit (sessionId), category trending, trending; "
                    + "source says which answered.")
    @GetMapping("/api/v1/recommendations/users/{userId}")
    public RecommendationList forUser(@PathVariable @NotBlank @Size(max = MAX_ID) String userId,
            @Valid @ModelAttribute ListQuery query) {
        return recommendations.forUser(userId, query.sessionId(), options(query));
    }

    @Operation(summary = "Items similar to an item")
    @GetMapping("/api/v1/recommendations/items/{sku}/similar")
    public RecommendationList similar(@PathVariable @NotBlank @Size(max = MAX_ID) String sku,
            @Valid @ModelAttribute ListQuery query) {
        return recommendations.similarTo(sku, options(query));
    }

    @Operation(summary = "Items frequently bought together with a basket, from co-purchase rules")
    @PostMapping("/api/v1/recommendations/baskets/frequently-bought-together")
    public RecommendationList frequentlyBoughtTogether(@Valid @RequestBody BasketRequest basket,
            @Valid @ModelAttribute ListQuery query) {
        return recommendations.frequentlyBoughtTogether(basket.skus(), options(query));
    }

    @Operation(summary = "Recommendations for an anonymous visit from the items it has seen")
    @PostMapping("/api/v1/recommendations/sessions")
    public RecommendationList forSession(@Valid @RequestBody SessionRequest session,
            @Valid @ModelAttribute ListQuery query) {
        return recommendations.forSession(session.items(), options(query));
    }

    private ListOptions options(ListQuery query) {
        int k = query.k() == null ? 10 : query.k();
        ListOptions.Exclusion exclusion = query.exclude() == null ? ListOptions.Exclusion.BOUGHT
                : ListOptions.Exclusion.valueOf(query.exclude().toUpperCase(Locale.ROOT));
        int cap = query.maxPerCategory() == null ? properties.maxPerCategory() : query.maxPerCategory();
        Merchandising rules = new Merchandising(union(properties.boostCategories(), query.boostCategory()),
                union(properties.buryCategories(), query.buryCategory()),
                union(properties.boostBrands(), query.boostBrand()),
                union(properties.buryBrands(), query.buryBrand()), cap, properties.boostFactor(),
                properties.buryFactor());
        List<String> pinned = new LinkedHashSet<>(query.pin() == null ? List.of() : query.pin()).stream().toList();
        Set<String> allPinned = new LinkedHashSet<>(pinned);
        allPinned.addAll(properties.pinned());
        String category = query.category() == null || query.category().isBlank() ? null : query.category();
        return new ListOptions(k, category, exclusion, query.inStock() == null || query.inStock(), rules,
                List.copyOf(allPinned));
    }

    private static Set<String> union(Set<String> configured, List<String> requested) {
        Set<String> all = new HashSet<>(configured);
        if (requested != null) {
            all.addAll(requested);
        }
        return all;
    }
}
