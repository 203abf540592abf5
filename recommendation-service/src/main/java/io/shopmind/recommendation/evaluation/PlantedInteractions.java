package io.shopmind.recommendation.evaluation;

import io.shopmind.recommendation.interaction.InteractionLog;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Synthetic ratings with planted structure, shaped like MovieLens 100K by default, for testing and benchmarking
 * without the real data. Every item belongs to one of {@code topics} topics and has a Zipf popularity; every user
 * has a main and a second topic and draws distinct items: 60 % from the main topic, 25 % from the second, 15 %
 * from the whole catalogue, each in proportion to popularity. A model that finds the topics beats popularity.
 *
 * @param users              number of users
 * @param items              number of items
 * @param topics             number of topics
 * @param minPerUser         fewest items per user
 * @param meanPerUser        mean items per user (geometric tail above the minimum)
 * @param popularityExponent Zipf exponent of item popularity
 * @param seed               seed of everything random
 */
public record PlantedInteractions(int users, int items, int topics, int minPerUser, int meanPerUser,
        double popularityExponent, long seed) {

    private static final double MAIN_SHARE = 0.60;
    private static final double SECOND_SHARE = 0.25;

    public PlantedInteractions {
        if (users < 1) {
            throw new IllegalArgumentException("users: must be at least 1, was " + users);
        }
        if (topics < 1 || topics > items) {
            throw new IllegalArgumentException("topics: must be within 1.." + items + ", was " + topics);
        }
        if (minPerUser < 1 || meanPerUser < minPerUser || meanPerUser > items / 2) {
            throw new IllegalArgumentException("meanPerUser: need 1 ≤ minPerUser ≤ meanPerUser ≤ items / 2");
        }
        if (!(popularityExponent >= 0)) {
            throw new IllegalArgumentException("popularityExponent: must be non-negative, was " + popularityExponent);
        }
    }

    /** 943 users, 1,682 items, about 100,000 ratings, at least 20 per user: the shape of MovieLens 100K. */
    public static PlantedInteractions movieLens100kShape(long seed) {
        return new PlantedInteractions(943, 1682, 20, 20, 106, 0.9, seed);
    }

    /**
     * 6,040 users, 3,706 items, about a million ratings, at least 20 per user (mean 165): the shape of MovieLens 1M,
     * with 30 topics.
     */
    public static PlantedInteractions movieLens1mShape(long seed) {
        return new PlantedInteractions(6040, 3706, 30, 20, 165, 0.9, seed);
    }

    /**
     * A shop's shape: 20,000 shoppers with short histories (at least 5, mean 12 interactions, as public e-commerce
     * logs keep after 5-core filtering), 5,000 items in 100 topics and a steeper popularity tail.
     */
    public static PlantedInteractions shopShape(long seed) {
        return new PlantedInteractions(20_000, 5_000, 100, 5, 12, 1.0, seed);
    }

    /** Generates the events; weights are ratings 1 to 5, higher for items of the user's main topic. */
    public InteractionLog generate() {
        SplittableRandom random = new SplittableRandom(seed);
        int[] topicOf = new int[items];
        double[] popularity = new double[items];
        int[] rank = permutation(items, random);
        for (int i = 0; i < items; i++) {
            topicOf[i] = random.nextInt(topics);
            popularity[i] = 1.0 / Math.pow(rank[i] + 1, popularityExponent);
        }
        // cumulative popularity per topic and overall, for sampling by binary search
        int[][] members = new int[topics][];
        double[][] cumulative = new double[topics][];
        for (int t = 0; t < topics; t++) {
            int count = 0;
            for (int i = 0; i < items; i++) {
                if (topicOf[i] == t) {
                    count++;
                }
            }
            members[t] = new int[count];
            cumulative[t] = new double[count];
            int c = 0;
            double sum = 0;
            for (int i = 0; i < items; i++) {
                if (topicOf[i] == t) {
                    sum += popularity[i];
                    members[t][c] = i;
                    cumulative[t][c] = sum;
                    c++;
                }
            }
        }
        int[] all = new int[items];
        double[] allCumulative = new double[items];
        double total = 0;
        for (int i = 0; i < items; i++) {
            total += popularity[i];
            all[i] = i;
            allCumulative[i] = total;
        }
        InteractionLog.Builder builder = new InteractionLog.Builder();
        boolean[] taken = new boolean[items];
        int[] chosen = new int[items];
        double tailMean = meanPerUser - minPerUser;
        long clock = 874_724_710L;
        for (int u = 0; u < users; u++) {
            int main = random.nextInt(topics);
            int second = topics == 1 ? main : (main + 1 + random.nextInt(topics - 1)) % topics;
            int target = minPerUser + (tailMean == 0 ? 0 : (int) Math.floor(-tailMean * Math.log(1 - random.nextDouble())));
            target = Math.min(target, items / 2);
            int count = 0;
            for (int attempt = 0; count < target && attempt < target * 50; attempt++) {
                double component = random.nextDouble();
                int item;
                if (component < MAIN_SHARE && members[main].length > 0) {
                    item = draw(members[main], cumulative[main], random);
                } else if (component < MAIN_SHARE + SECOND_SHARE && members[second].length > 0) {
                    item = draw(members[second], cumulative[second], random);
                } else {
                    item = draw(all, allCumulative, random);
                }
                if (!taken[item]) {
                    taken[item] = true;
                    chosen[count++] = item;
                }
            }
            for (int c = 0; c < count; c++) {
                int item = chosen[c];
                taken[item] = false;
                int rating = topicOf[item] == main ? 4 + random.nextInt(2) : 1 + random.nextInt(4);
                clock += 1 + random.nextInt(600);
                builder.add(Integer.toString(u + 1), Integer.toString(item + 1), rating, clock);
            }
        }
        return builder.build();
    }

    /** Writes the events in the MovieLens {@code u.data} layout: user, item, rating, timestamp, TAB-separated. */
    public static void writeMovieLens(InteractionLog log, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int e = 0; e < log.size(); e++) {
                out.write(log.users().idOf(log.user(e)));
                out.write('\t');
                out.write(log.items().idOf(log.item(e)));
                out.write('\t');
                out.write(Integer.toString(Math.round(log.weight(e))));
                out.write('\t');
                out.write(Long.toString(log.timestamp(e)));
                out.write('\n');
            }
        }
    }

    private static int draw(int[] members, double[] cumulative, SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int p = Arrays.binarySearch(cumulative, x);
        int index = p >= 0 ? p : -p - 1;
        return members[Math.min(index, members.length - 1)];
    }

    private static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
