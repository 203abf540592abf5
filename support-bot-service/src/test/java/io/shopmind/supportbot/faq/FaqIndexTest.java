package io.shopmind.supportbot.faq;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.supportbot.knowledge.StarterPack;
import io.shopmind.supportbot.understanding.OnnxSentenceEncoder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/** Retrieval over the starter pack's FAQ, as the service serves it (BM25 blended with embeddings). */
class FaqIndexTest {

    private static final List<FaqArticle> ARTICLES = StarterPack.load(JsonMapper.builder().build()).articles();
    private static final FaqIndex SERVED = new FaqIndex(ARTICLES, OnnxSentenceEncoder.shared(20_000), 0.5, 0.3);
    private static final FaqIndex LEXICAL = new FaqIndex(ARTICLES, null, 0, 0.3);

    /** With the intent the classifier found, when it is given: its articles get a small bonus. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "What is your return policy?|returns-en|",
            "can I send back shoes that don't fit|returns-en|return_policy",
            "how long until my money is back on my card|refunds-en|",
            "do you deliver to Switzerland|shipping-abroad-en|",
            "is paypal accepted|payment-en|",
            "I forgot my password|account-password-en|",
            "退货政策是什么|returns-zh|",
            "衣服不合适可以退吗|returns-zh|",
            "运费多少钱|shipping-times-zh|",
            "可以用支付宝付款吗|payment-zh|"})
    void answersWithTheRightArticle(String question, String article, String intent) {
        assertThat(SERVED.answer(question, intent)).hasValueSatisfying(answer ->
                assertThat(answer.article().id()).isEqualTo(article));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"what is the capital of France", "tell me a joke", "明天天气怎么样"})
    void givesNoAnswerRatherThanAWrongOne(String question) {
        assertThat(SERVED.answer(question, null)).isEmpty();
    }

    @Test
    void boundsBm25ByItsCeiling() {
        // the returns article's own title: every term is in it, yet BM25 stays below the sum of the idfs
        FaqAnswer best = LEXICAL.rank("Returns and exchanges", null).get(0);
        assertThat(best.article().id()).isEqualTo("returns-en");
        assertThat(best.bm25()).isGreaterThan(0.3).isLessThan(1.0);
        assertThat(best.embedding()).isZero();
    }

    @Test
    void answersOnlyInTheQuestionsLanguage() {
        assertThat(SERVED.rank("怎么退货", null)).allSatisfy(answer ->
                assertThat(answer.article().language()).isEqualTo("zh"));
    }
}
