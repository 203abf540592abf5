package io.shopmind.supportbot.understanding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15.BgeSmallZhV15EmbeddingModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Sentence embeddings computed in-process by ONNX Runtime from models that ship inside Maven artifacts (LangChain4j's
 * in-process embeddings; nothing is downloaded at run time): all-MiniLM-L6-v2, quantised, 384 dimensions (Reimers
 * &amp; Gurevych 2019, Sentence-BERT) for English, and bge-small-zh-v1.5, 512 dimensions (Xiao et al. 2023, C-Pack)
 * for Chinese. Each model loads on first use (a few seconds). The most recent texts' embeddings are kept, so a
 * retrain embeds only the examples that are new.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder {

    private static final int ENGLISH_DIMENSION = 384;
    private static final int CHINESE_DIMENSION = 512;

    private static OnnxSentenceEncoder shared;

    private final Lazy english;
    private final Lazy chinese;
    private final Map<String, float[]> recent;

    /** @param cacheSize how many texts' embeddings to keep (0 for none) */
    public OnnxSentenceEncoder(int cacheSize) {
        this(new Lazy(AllMiniLmL6V2QuantizedEmbeddingModel::new), new Lazy(BgeSmallZhV15EmbeddingModel::new),
                cacheSize);
    }

    private OnnxSentenceEncoder(Lazy english, Lazy chinese, int cacheSize) {
        this.english = english;
        this.chinese = chinese;
        this.recent = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > cacheSize;
            }
        });
    }

    /**
     * One encoder per JVM, for the service: a model takes seconds and a hundred megabytes to load, and the local
     * suite or a test JVM may start the service more than once. The models are immutable and thread-safe to share.
     */
    public static synchronized OnnxSentenceEncoder shared(int cacheSize) {
        if (shared == null) {
            shared = new OnnxSentenceEncoder(cacheSize);
        }
        return shared;
    }

    /** The same models without the cache: every text is embedded afresh, as a shopper's new message is. */
    public OnnxSentenceEncoder uncached() {
        return new OnnxSentenceEncoder(english, chinese, 0);
    }

    @Override
    public int dimension(Language language) {
        return language == Language.ZH ? CHINESE_DIMENSION : ENGLISH_DIMENSION;
    }

    @Override
    public float[] encode(String text, Language language) {
        float[] cached = recent.get(text);
        if (cached != null) {
            return cached;
        }
        float[] vector = model(language).embed(text).content().vector();
        recent.put(text, vector);
        return vector;
    }

    @Override
    public List<float[]> encodeAll(List<String> texts, Language language) {
        List<String> missing = texts.stream().filter(text -> !recent.containsKey(text)).distinct().toList();
        if (!missing.isEmpty()) {
            // the model's own executor spreads a batch over the cores
            var embedded = model(language).embedAll(missing.stream().map(TextSegment::from).toList()).content();
            for (int i = 0; i < missing.size(); i++) {
                recent.put(missing.get(i), embedded.get(i).vector());
            }
        }
        return texts.stream().map(text -> {
            float[] vector = recent.get(text);
            return vector != null ? vector : encode(text, language);
        }).toList();
    }

    /** Loads the model of a language now, so the first shopper does not wait for it. */
    public void warmUp(Language language) {
        model(language).embed("hello");
    }

    private EmbeddingModel model(Language language) {
        return language == Language.ZH ? chinese.get() : english.get();
    }

    private static final class Lazy {
        private final Supplier<EmbeddingModel> factory;
        private volatile EmbeddingModel model;

        Lazy(Supplier<EmbeddingModel> factory) {
            this.factory = factory;
        }

        EmbeddingModel get() {
            EmbeddingModel loaded = model;
            if (loaded == null) {
                synchronized (this) {
                    loaded = model;
                    if (loaded == null) {
                        loaded = factory.get();
                        model = loaded;
                    }
                }
            }
            return loaded;
        }
    }
}
