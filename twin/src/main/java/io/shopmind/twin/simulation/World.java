package io.shopmind.twin.simulation;

import io.shopmind.twin.calendar.DemandCalendar;
import io.shopmind.twin.catalogue.Catalogue;
import io.shopmind.twin.catalogue.CatalogueGenerator;
import io.shopmind.twin.catalogue.Category;
import io.shopmind.twin.market.CompetitorPrices;
import io.shopmind.twin.random.Draws;
import io.shopmind.twin.shopper.Population;
import io.shopmind.twin.stock.LeadTimes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything about a twin run that no arm can change: the catalogue and its truth, the shoppers, the calendar,
 * the rival's prices, the suppliers and the random draws. Built once per seed and shared by every arm.
 */
public final class World {

    private final TwinSettings settings;
    private final Draws draws;
    private final Catalogue catalogue;
    private final Population population;
    private final DemandCalendar calendar;
    private final CompetitorPrices competitors;
    private final LeadTimes leadTimes;
    private final double[][] categoryCentres;
    private final int[][] skusByCategory;
    private final Map<String, Integer> skuIndex = new HashMap<>();

    public World(TwinSettings settings) {
        this.settings = settings;
        draws = new Draws(settings.seed());
        CatalogueGenerator generator = new CatalogueGenerator(draws, Category.DEFAULT);
        catalogue = generator.generate(settings.skus());
        population = Population.generate(draws, settings.shoppers(), settings.chineseShare());
        calendar = new DemandCalendar(draws, settings.firstDay(), settings.lastDay(), settings.visitsPerDay(),
                settings.yearlyGrowth(), catalogue.categories());
        competitors = new CompetitorPrices(draws, catalogue, settings.totalDays());
        leadTimes = new LeadTimes(draws);
        int categories = catalogue.categories().size();
        categoryCentres = new double[categories][];
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            categoryCentres[c] = generator.centre(c);
            members.add(new ArrayList<>());
        }
        catalogue.skus().forEach(sku -> {
            members.get(catalogue.categoryIndex(sku)).add(sku.index());
            skuIndex.put(sku.id(), sku.index());
        });
        skusByCategory = members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    public TwinSettings settings() {
        return settings;
    }

    public Draws draws() {
        return draws;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Population population() {
        return population;
    }

    public DemandCalendar calendar() {
        return calendar;
    }

    public CompetitorPrices competitors() {
        return competitors;
    }

    public LeadTimes leadTimes() {
        return leadTimes;
    }

    public double[] categoryCentre(int category) {
        return categoryCentres[category];
    }

    public int[] skusOf(int category) {
        return skusByCategory[category];
    }

    /** The SKU's index, or -1 for a code the catalogue does not have. */
    public int indexOf(String skuId) {
        return skuIndex.getOrDefault(skuId, -1);
    }

    public LocalDate date(int d) {
        return settings.firstDay().plusDays(d);
    }
}
