package io.shopmind.supportbot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The support bot's settings.
 *
 * @param calls         how the bot calls inventory, pricing and recommendation
 * @param understanding the intent model and the matching of FAQ answers and products
 * @param dialogue      how the conversation goes
 */
@ConfigurationProperties("shopmind.support")
public record SupportProperties(@DefaultValue Calls calls, @DefaultValue Understanding understanding,
        @DefaultValue Dialogue dialogue) {

    public record Calls(@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("2s") Duration readTimeout) {
    }

    /**
     * @param features            the intent model's feature blocks
     * @param lambdas             the logistic regression's L2 penalties to choose from on held-out examples
     * @param validationShare     the share of each intent's examples held out to calibrate and report
     * @param faqMinScore         below this FAQ score the bot gives no answer
     * @param faqEmbeddingWeight  the embedding similarity's share of the FAQ score
     * @param productMinScore     the least n-gram containment for a product name to match
     * @param embeddingCacheSize  how many texts' embeddings stay cached for retraining
     */
    public record Understanding(@DefaultValue({"words", "chars", "embeddings"}) List<String> features,
            @DefaultValue({"1.0", "0.1", "0.01"}) List<Double> lambdas, @DefaultValue("0.2") double validationShare,
            @DefaultValue("0.3") double faqMinScore, @DefaultValue("0.5") double faqEmbeddingWeight,
            @DefaultValue("0.6") double productMinScore, @DefaultValue("20000") int embeddingCacheSize) {
    }

    /**
     * @param suggestions how many products a suggestion lists
     */
    public record Dialogue(@DefaultValue("3") int suggestions) {
    }
}
