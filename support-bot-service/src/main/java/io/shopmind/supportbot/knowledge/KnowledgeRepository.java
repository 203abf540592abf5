package io.shopmind.supportbot.knowledge;

import io.shopmind.supportbot.faq.FaqArticle;
import io.shopmind.supportbot.understanding.LabeledText;
import io.shopmind.supportbot.understanding.Language;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Intent examples and FAQ articles in the {@code support} schema. */
@Repository
public class KnowledgeRepository {

    /** An intent and how many examples it has per language. */
    public record IntentSummary(String name, int english, int chinese) {
    }

    private final JdbcTemplate jdbc;

    public KnowledgeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<LabeledText> examples() {
        return jdbc.query("SELECT text, intent FROM intent_example ORDER BY id",
                (rs, row) -> new LabeledText(rs.getString("text"), rs.getString("intent")));
    }

    public List<String> examplesOf(String intent) {
        return jdbc.queryForList("SELECT text FROM intent_example WHERE intent = ? ORDER BY id", String.class, intent);
    }

    public List<IntentSummary> intents() {
        return jdbc.query("""
                SELECT intent, count(*) FILTER (WHERE language = 'en') AS en, count(*) FILTER (WHERE language = 'zh') AS zh
                FROM intent_example GROUP BY intent ORDER BY intent""",
                (rs, row) -> new IntentSummary(rs.getString("intent"), rs.getInt("en"), rs.getInt("zh")));
    }

    /** Adds the examples not there yet; returns how many were new. */
    public int add(List<LabeledText> examples) {
        int[] counts = jdbc.batchUpdate("""
                INSERT INTO intent_example (intent, language, text) VALUES (?, ?, ?)
                ON CONFLICT (intent, text) DO NOTHING""", examples.stream()
                .map(e -> new Object[] {e.intent(), language(e.text()), e.text()}).toList());
        return Arrays.stream(counts).map(c -> Math.max(c, 0)).sum();
    }

    @Transactional
    public void replaceIntent(String intent, List<String> texts) {
        jdbc.update("DELETE FROM intent_example WHERE intent = ?", intent);
        add(texts.stream().map(text -> new LabeledText(text, intent)).toList());
    }

    public boolean deleteIntent(String intent) {
        return jdbc.update("DELETE FROM intent_example WHERE intent = ?", intent) > 0;
    }

    public boolean hasKnowledge() {
        Boolean any = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM intent_example) OR EXISTS (SELECT 1 FROM faq_article)", Boolean.class);
        return Boolean.TRUE.equals(any);
    }

    public List<FaqArticle> articles() {
        return jdbc.query("SELECT * FROM faq_article ORDER BY id", KnowledgeRepository::article);
    }

    public Optional<FaqArticle> article(String id) {
        return jdbc.query("SELECT * FROM faq_article WHERE id = ?", KnowledgeRepository::article, id).stream()
                .findFirst();
    }

    public void saveArticle(FaqArticle article) {
        jdbc.update("""
                INSERT INTO faq_article (id, language, intent, title, questions, answer) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET language = excluded.language, intent = excluded.intent,
                    title = excluded.title, questions = excluded.questions, answer = excluded.answer,
                    updated_at = now()""", article.id(), article.language(), article.intent(),
                article.title(), article.questions().toArray(String[]::new), article.answer());
    }

    /** Changes whenever an article does. */
    public String faqStamp() {
        return jdbc.queryForObject(
                "SELECT count(*) || '@' || coalesce(max(updated_at)::text, '') FROM faq_article", String.class);
    }

    public boolean deleteArticle(String id) {
        return jdbc.update("DELETE FROM faq_article WHERE id = ?", id) > 0;
    }

    private static FaqArticle article(ResultSet rs, int row) throws SQLException {
        Array questions = rs.getArray("questions");
        return new FaqArticle(rs.getString("id"), rs.getString("language"), rs.getString("intent"),
                rs.getString("title"), List.of((String[]) questions.getArray()), rs.getString("answer"));
    }

    static String language(String text) {
        return Language.of(text).name().toLowerCase(Locale.ROOT);
    }
}
