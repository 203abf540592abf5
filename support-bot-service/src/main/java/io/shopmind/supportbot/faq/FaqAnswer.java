package io.shopmind.supportbot.faq;

/**
 * The article that answers a question best, and how well.
 *
 * @param score     the blended score in [0, 1] that the threshold applies to
 * @param bm25      BM25 divided by its ceiling for this query (each query term's idf), in [0, 1)
 * @param embedding the best cosine similarity between the question and the article's questions, 0 when unused
 */
public record FaqAnswer(FaqArticle article, double score, double bm25, double embedding) {
}
