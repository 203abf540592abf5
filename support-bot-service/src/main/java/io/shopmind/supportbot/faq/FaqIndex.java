package io.shopmind.supportbot.faq;

import io.shopmind.supportbot.understanding.Language;
import io.shopmind.supportbot.understanding.SentenceEncoder;
import io.shopmind.supportbot.understanding.TextAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Retrieval over the FAQ: an in-memory Lucene index per language with BM25 (Robertson &amp; Zaragoza 2009, "The
 * Probabilistic Relevance Framework: BM25 and Beyond", eq. 3.15, as Lucene's {@code BM25Similarity} computes it with
 * k1 = 1.2, b = 0.75) over each article's title, questions and answer, with the questions counted twice.
 *
 * <p>BM25 is unbounded, so it is divided by its ceiling for the query: Lucene's per-term score
 * {@code idf · tf / (tf + k1 · (1 - b + b · dl / avgdl))} stays below {@code idf}, so the sum of the query terms'
 * idf bounds it (a term the index has never seen counts with the idf of a term in no document, so a question in
 * other words scores low). When an encoder is given, the score blends that with the best cosine similarity between
 * the question and the article's questions; an article of the intent the classifier found gets a small bonus. Below
 * {@code minScore} there is no answer: no answer is better than a wrong one.
 */
public final class FaqIndex {

    private static final float K1 = 1.2f;
    private static final float B = 0.75f;
    private static final double INTENT_BONUS = 0.1;

    private final List<FaqArticle> articles;
    private final Map<Language, IndexSearcher> searchers = new HashMap<>();
    private final Map<String, List<float[]>> questionEmbeddings = new HashMap<>();
    private final SentenceEncoder encoder;
    private final double embeddingWeight;
    private final double minScore;

    /**
     * @param encoder         the sentence encoder, or null for BM25 alone
     * @param embeddingWeight the embedding similarity's share of the score (0 to 1)
     */
    public FaqIndex(List<FaqArticle> articles, SentenceEncoder encoder, double embeddingWeight, double minScore) {
        this.articles = List.copyOf(articles);
        this.encoder = encoder;
        this.embeddingWeight = encoder == null ? 0 : embeddingWeight;
        this.minScore = minScore;
        for (Language language : Language.values()) {
            searchers.put(language, index(language));
        }
        if (encoder != null) {
            for (FaqArticle article : this.articles) {
                Language language = language(article);
                questionEmbeddings.put(article.id(), encoder.encodeAll(questions(article), language));
            }
        }
    }

    public List<FaqArticle> articles() {
        return articles;
    }

    /** The best answer at or above the threshold, or empty. */
    public Optional<FaqAnswer> answer(String question, String intent) {
        List<FaqAnswer> ranked = rank(question, intent);
        return ranked.isEmpty() || ranked.get(0).score() < minScore ? Optional.empty() : Optional.of(ranked.get(0));
    }

    /** Every article of the question's language with its scores, best first. */
    public List<FaqAnswer> rank(String question, String intent) {
        Language language = Language.of(question);
        IndexSearcher searcher = searchers.get(language);
        Map<String, Double> bm25 = bm25(searcher, question, language);
        float[] asked = embeddingWeight > 0 ? encoder.encode(question, language) : null;
        List<FaqAnswer> ranked = new ArrayList<>();
        for (FaqArticle article : articles) {
            if (language(article) != language) {
                continue;
            }
            double lexical = bm25.getOrDefault(article.id(), 0.0);
            double semantic = asked == null ? 0 : bestCosine(asked, questionEmbeddings.get(article.id()));
            double score = (1 - embeddingWeight) * lexical + embeddingWeight * Math.max(0, semantic);
            if (intent != null && intent.equals(article.intent())) {
                score = Math.min(1, score + INTENT_BONUS);
            }
            ranked.add(new FaqAnswer(article, score, lexical, semantic));
        }
        ranked.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ranked;
    }

    private Map<String, Double> bm25(IndexSearcher searcher, String question, Language language) {
        List<String> terms = new ArrayList<>(new LinkedHashSet<>(TextAnalysis.words(question, language)));
        Map<String, Double> scores = new HashMap<>();
        if (terms.isEmpty()) {
            return scores;
        }
        try {
            int n = searcher.getIndexReader().numDocs();
            double ceiling = 0;
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            for (String term : terms) {
                int df = searcher.getIndexReader().docFreq(new Term("text", term));
                ceiling += Math.log(1 + (n - df + 0.5) / (df + 0.5));
                query.add(new TermQuery(new Term("text", term)), BooleanClause.Occur.SHOULD);
            }
            if (n == 0) {
                return scores;
            }
            for (ScoreDoc hit : searcher.search(query.build(), Math.max(1, n)).scoreDocs) {
                String id = searcher.storedFields().document(hit.doc).get("id");
                scores.put(id, hit.score / ceiling);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return scores;
    }

    private IndexSearcher index(Language language) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(TextAnalysis.analyzer(language));
        config.setSimilarity(new BM25Similarity(K1, B));
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (FaqArticle article : articles) {
                if (language(article) != language) {
                    continue;
                }
                Document document = new Document();
                document.add(new StringField("id", article.id(), Field.Store.YES));
                String questions = String.join(" ", questions(article));
                document.add(new TextField("text", String.join(" ", article.title(), questions, questions,
                        article.answer()), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity(K1, B));
            return searcher;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> questions(FaqArticle article) {
        List<String> questions = new ArrayList<>(article.questions());
        questions.add(article.title());
        return questions;
    }

    private static Language language(FaqArticle article) {
        return "zh".equalsIgnoreCase(article.language()) ? Language.ZH : Language.EN;
    }

    private static double bestCosine(float[] a, List<float[]> candidates) {
        double best = -1;
        for (float[] b : candidates) {
            double dot = 0;
            double na = 0;
            double nb = 0;
            for (int i = 0; i < a.length; i++) {
                dot += a[i] * b[i];
                na += a[i] * a[i];
                nb += b[i] * b[i];
            }
            best = Math.max(best, dot / Math.sqrt(na * nb));
        }
        return best;
    }
}
