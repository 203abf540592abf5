package io.shopmind.supportbot.understanding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How texts become tokens, shared by the intent features and the FAQ index: English through Lucene's standard
 * tokenizer, lower case and the Porter stemmer; Chinese through smartcn's word segmentation (which stems the English
 * words inside Chinese text too). No stop words are removed: "not", "no" and "where" carry intent. Any token with a
 * digit becomes {@code #}, so order numbers and quantities generalise.
 */
public final class TextAnalysis {

    /** Lucene analyzers are thread-safe: each thread reuses its own token stream. */
    private static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(source)));
        }
    };
    private static final Analyzer CHINESE = new SmartChineseAnalyzer(CharArraySet.EMPTY_SET);

    private TextAnalysis() {
    }

    public static Analyzer analyzer(Language language) {
        return language == Language.ZH ? CHINESE : ENGLISH;
    }

    /** The word tokens of a text in its language. */
    public static List<String> words(String text, Language language) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                tokens.add(hasDigit(token) ? "#" : token);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    /** NFKC, lower case, every digit as 0, runs of white space as one space: the text character n-grams read. */
    public static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            out.append(Character.isDigit(c) ? '0' : c);
        }
        return out.toString();
    }

    private static boolean hasDigit(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
