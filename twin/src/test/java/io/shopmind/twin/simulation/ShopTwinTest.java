package io.shopmind.twin.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.metrics.Metric;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.support.Fact;
import io.shopmind.twin.support.Intent;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShopTwinTest {

    private static final RuleSettings RULES = RuleSettings.DEFAULT;

    @Test
    void theSameSeedGivesTheSameRun() {
        ArmRun first = rules(new World(SmallShop.settings(7, 10, 10)));
        ArmRun second = rules(new World(SmallShop.settings(7, 10, 10)));
        ArmRun otherSeed = rules(new World(SmallShop.settings(8, 10, 10)));

        assertThat(second.days()).isEqualTo(first.days());
        assertThat(otherSeed.days()).isNotEqualTo(first.days());
    }

    @Test
    void armsShareVisitorsAndRivalPricesWhateverTheyDecide() {
        World world = new World(SmallShop.settings(3, 10, 10));
        ShopTwin twin = new ShopTwin(world);
        RecordingOperations cheap = new RecordingOperations(new RuleSettings(0.3, 14, 7, 28), null);
        RecordingOperations dear = new RecordingOperations(new RuleSettings(1.5, 45, 7, 28), null);
        ArmRun a = twin.run(new RuleBasedOperations(RULES), cheap, null);
        ArmRun b = twin.run(new RuleBasedOperations(RULES), dear, null);

        assertThat(a.days().stream().map(DayTotals::visits).toList())
                .isEqualTo(b.days().stream().map(DayTotals::visits).toList());
        assertThat(ofType(cheap.events, ShopEvent.CompetitorPriced.class))
                .isEqualTo(ofType(dear.events, ShopEvent.CompetitorPriced.class));
        // the history is one shop's, so both arms start the compared days from the same stock
        assertThat(ofType(cheap.events, ShopEvent.Received.class).stream()
                .filter(r -> r.at().isBefore(instantOf(world, 10))).toList())
                .isEqualTo(ofType(dear.events, ShopEvent.Received.class).stream()
                        .filter(r -> r.at().isBefore(instantOf(world, 10))).toList());
        // dearer prices sell fewer units on the same visitors
        assertThat(Metric.ORDERS.of(b.days())).isLessThan(Metric.ORDERS.of(a.days()));
    }

    @Test
    void theShopNeverSellsStockItDoesNotHaveAndCountsEveryUnitDemanded() {
        World world = new World(SmallShop.settings(5, 20, 20));
        RecordingOperations shop = new RecordingOperations(new RuleSettings(0.8, 7, 7, 28), null);
        ArmRun run = new ShopTwin(world).run(shop, shop, null);

        Map<String, Integer> stock = new HashMap<>();
        for (ShopEvent event : shop.events) {
            if (event instanceof ShopEvent.Received received) {
                stock.merge(received.sku(), received.quantity(), Integer::sum);
            } else if (event instanceof ShopEvent.Ordered order) {
                for (ShopEvent.Line line : order.lines()) {
                    int left = stock.merge(line.sku(), -line.quantity(), Integer::sum);
                    assertThat(left).as("stock of %s after %s", line.sku(), order.orderId()).isNotNegative();
                }
            }
        }
        for (DayTotals day : run.days()) {
            assertThat(day.unitsFilled() + day.unitsLost()).isEqualTo(day.unitsDemanded());
        }
        // seven days of cover and weekly review run short: some stockouts, so the counts above are exercised
        assertThat(run.days().stream().mapToInt(DayTotals::unitsLost).sum()).isPositive();
    }

    @Test
    void everyContactCanBeAnsweredCorrectlyFromItsTruthAndWrongAnswersAreCaught() {
        World world = new World(SmallShop.settings(11, 10, 30));
        RecordingOperations oracle = new RecordingOperations(RULES, ShopTwinTest::fromTruth);
        ArmRun run = new ShopTwin(world).run(oracle, oracle, null);

        Set<Intent> intents = run.contacts().stream().map(ContactOutcome::intent)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Intent.class)));
        assertThat(intents).containsExactlyInAnyOrder(Intent.values());
        assertThat(run.contacts()).allMatch(ContactOutcome::correct);
        assertThat(run.contacts().stream().map(ContactOutcome::language).distinct()).containsExactlyInAnyOrder("en",
                "zh");
        for (SupportContact contact : oracle.contacts) {
            assertThat(contact.answeredCorrectlyBy(new SupportReply("Let me check.", null, false)))
                    .as(contact.text()).isFalse();
            assertThat(contact.answeredCorrectlyBy(SupportReply.handoff("A colleague will help."))).isFalse();
        }
    }

    @Test
    void whereIsMyOrderTruthIsTheStatusTheStorefrontReported() {
        World world = new World(SmallShop.settings(13, 10, 30));
        RecordingOperations shop = new RecordingOperations(RULES, null);
        new ShopTwin(world).run(shop, shop, null);

        Pattern orderId = Pattern.compile("o-\\d{8}-\\d+");
        int checked = 0;
        for (SupportContact contact : shop.contacts) {
            if (contact.intent() != Intent.WHERE_IS_MY_ORDER) {
                continue;
            }
            Matcher m = orderId.matcher(contact.text());
            assertThat(m.find()).isTrue();
            boolean shipped = shop.events.stream().anyMatch(e -> e instanceof ShopEvent.StatusChanged s
                    && s.orderId().equals(m.group()) && s.status().equals("SHIPPED") && s.at().isBefore(contact.at()));
            String english = shipped ? "It has shipped and is on its way." : "It is being prepared.";
            assertThat(contact.facts().get(0).statedIn(english)).as(contact.text()).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void aStripOfTheVisitorsTrueFavouritesScoresPrecisionOne() {
        World world = new World(SmallShop.settings(17, 0, 3));
        Storefront storefront = new Storefront(world);
        RecordingOperations oracle = new RecordingOperations(RULES, null) {
            @Override
            public Map<String, List<String>> recommend(java.time.LocalDate day, List<String> shoppers, int k) {
                Map<String, List<String>> lists = new HashMap<>();
                for (String id : shoppers) {
                    var shopper = world.population().get(Integer.parseInt(id.substring(2)) - 1);
                    lists.put(id, world.catalogue().skus().stream()
                            .sorted((x, y) -> Double.compare(storefront.taste(shopper, y.index()),
                                    storefront.taste(shopper, x.index())))
                            .limit(k).map(sku -> sku.id()).toList());
                }
                return lists;
            }
        };
        ArmRun run = new ShopTwin(world).run(oracle, oracle, null);
        ArmRun popular = rules(world);

        assertThat(Metric.RECOMMENDATION_PRECISION.of(run.days())).isEqualTo(1.0);
        assertThat(Metric.RECOMMENDATION_PRECISION.of(popular.days())).isLessThan(0.6);
        // the same visitors open more of what they like
        assertThat(Metric.RECOMMENDATION_CTR.of(run.days())).isGreaterThan(Metric.RECOMMENDATION_CTR.of(popular.days()));
    }

    private static ArmRun rules(World world) {
        RuleBasedOperations shop = new RuleBasedOperations(RULES);
        return new ShopTwin(world).run(shop, shop, null);
    }

    /** A bot that knows the truth: it states the first phrase of every fact. */
    private static SupportReply fromTruth(SupportContact contact) {
        String text = contact.facts().stream().map(Fact::anyOf).map(phrases -> phrases.get(0))
                .collect(Collectors.joining(". "));
        return new SupportReply(text, contact.intent(), false);
    }

    private static Instant instantOf(World world, int d) {
        return world.date(d).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
    }

    private static <T> List<T> ofType(List<ShopEvent> events, Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
