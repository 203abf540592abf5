package io.shopmind.supportbot.faq;

import java.util.List;

/**
 * One answer of the shop's FAQ, in one language.
 *
 * @param id        the article's stable id, shown to the shopper as the source
 * @param intent    the intent it answers (e.g. {@code return_policy}), or null
 * @param questions ways shoppers ask it
 */
public record FaqArticle(String id, String language, String intent, String title, List<String> questions,
        String answer) {
}
