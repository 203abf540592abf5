package io.shopmind.supportbot.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the products a message names, in either language, tolerating typos and extra words: a SKU code written out
 * matches exactly; otherwise a product matches by how much of its name's character n-grams the message contains
 * (trigrams of Latin text, bigrams and single characters of Chinese), an n-gram containment score in [0, 1]
 * (Kondrak 2005, "N-gram similarity and distance", the n-gram overlap family). An inverted index from n-gram to
 * products keeps a message's cost proportional to its own n-grams, not to the catalogue.
 */
public final class ProductMatcher {

    /** A product of the catalogue; {@code names} are its name in any language. */
    public record Product(String sku, List<String> names) {
    }

    /** A product the message names, with how well; 1 for its SKU code. */
    public record Match(String sku, String name, double score) {
    }

    private final List<Product> products;
    private final Map<String, String> skuByCode = new HashMap<>();
    private final Map<String, List<int[]>> postings = new HashMap<>(); // gram -> {product, name}
    private final List<int[]> nameSizes = new ArrayList<>(); // per product: gram count per name
    private final double minScore;

    public ProductMatcher(List<Product> products, double minScore) {
        this.products = List.copyOf(products);
        this.minScore = minScore;
        for (int p = 0; p < this.products.size(); p++) {
            Product product = this.products.get(p);
            skuByCode.put(product.sku().toLowerCase(Locale.ROOT), product.sku());
            int[] sizes = new int[product.names().size()];
            for (int n = 0; n < product.names().size(); n++) {
                Set<String> grams = grams(product.names().get(n));
                sizes[n] = grams.size();
                for (String gram : grams) {
                    postings.computeIfAbsent(gram, g -> new ArrayList<>()).add(new int[] {p, n});
                }
            }
            nameSizes.add(sizes);
        }
    }

    /** The products the message names, best first, each at least {@code minScore}. */
    public List<Match> find(String message) {
        List<Match> matches = new ArrayList<>();
        Set<String> exact = new HashSet<>();
        for (String token : message.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}._:-]+")) {
            String sku = skuByCode.get(token);
            if (sku != null && exact.add(sku)) {
                matches.add(new Match(sku, nameOf(sku), 1.0));
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (String gram : grams(message)) {
            for (int[] posting : postings.getOrDefault(gram, List.of())) {
                shared.merge(((long) posting[0] << 32) | posting[1], 1, Integer::sum);
            }
        }
        Map<Integer, Match> best = new HashMap<>();
        shared.forEach((key, count) -> {
            int p = (int) (key >>> 32);
            int n = (int) (long) key;
            double score = (double) count / nameSizes.get(p)[n];
            Product product = products.get(p);
            if (score >= minScore && !exact.contains(product.sku())
                    && (!best.containsKey(p) || best.get(p).score() < score)) {
                best.put(p, new Match(product.sku(), product.names().get(n), score));
            }
        });
        List<Match> fuzzy = new ArrayList<>(best.values());
        fuzzy.sort(Comparator.comparingDouble(Match::score).reversed().thenComparing(Match::sku));
        matches.addAll(fuzzy);
        return matches;
    }

    public int size() {
        return products.size();
    }

    private String nameOf(String sku) {
        return products.stream().filter(p -> p.sku().equals(sku)).findFirst()
                .map(p -> p.names().isEmpty() ? sku : p.names().get(0)).orElse(sku);
    }

    /** Latin trigrams of the space-padded words; Chinese characters alone and in pairs. */
    static Set<String> grams(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> grams = new LinkedHashSet<>();
        StringBuilder latin = new StringBuilder();
        char previousHan = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                grams.add(String.valueOf(c));
                if (previousHan != 0) {
                    grams.add("" + previousHan + c);
                }
                previousHan = c;
                latin.append(' ');
            } else {
                previousHan = 0;
                latin.append(Character.isLetterOrDigit(c) ? c : ' ');
            }
        }
        for (String word : latin.toString().trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = ' ' + word + ' ';
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }
}
