package io.shopmind.supportbot.knowledge;

import io.shopmind.supportbot.faq.FaqArticle;
import io.shopmind.supportbot.understanding.LabeledText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The knowledge a new shop starts with ({@code knowledge/starter-pack.json}, written for ShopMind): intents with
 * examples in English and Chinese, and FAQ articles in both languages.
 */
public record StarterPack(List<LabeledText> examples, List<FaqArticle> articles) {

    public static final String RESOURCE = "/knowledge/starter-pack.json";

    public static StarterPack load(JsonMapper json) {
        try (InputStream in = StarterPack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            JsonNode root = json.readTree(in);
            List<LabeledText> examples = new ArrayList<>();
            for (JsonNode intent : root.get("intents")) {
                String name = intent.get("name").asString();
                for (JsonNode language : intent.get("examples")) {
                    language.forEach(text -> examples.add(new LabeledText(text.asString(), name)));
                }
            }
            List<FaqArticle> articles = new ArrayList<>();
            for (JsonNode faq : root.get("faq")) {
                List<String> questions = new ArrayList<>();
                faq.get("questions").forEach(q -> questions.add(q.asString()));
                articles.add(new FaqArticle(faq.get("id").asString(), faq.get("language").asString(),
                        faq.get("intent").asString(), faq.get("title").asString(), List.copyOf(questions),
                        faq.get("answer").asString()));
            }
            return new StarterPack(List.copyOf(examples), List.copyOf(articles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
