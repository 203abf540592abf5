package io.shopmind.twin.simulation;

import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.operations.ShopOperations;
import io.shopmind.twin.operations.ShopSetup;
import io.shopmind.twin.stock.PurchaseRequest;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The rule-based shop, keeping every event and contact it saw, with an optional bot and price rule of its own. */
class RecordingOperations implements ShopOperations {

    final RuleBasedOperations rules;
    final List<ShopEvent> events = new ArrayList<>();
    final List<SupportContact> contacts = new ArrayList<>();
    private final Function<SupportContact, SupportReply> bot;

    RecordingOperations(RuleSettings settings, Function<SupportContact, SupportReply> bot) {
        this.rules = new RuleBasedOperations(settings);
        this.bot = bot;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public void open(ShopSetup setup) {
        rules.open(setup);
    }

    @Override
    public Map<String, Double> prices(LocalDate day) {
        return rules.prices(day);
    }

    @Override
    public List<PurchaseRequest> replenish(LocalDate day) {
        return rules.replenish(day);
    }

    @Override
    public Map<String, List<String>> recommend(LocalDate day, List<String> shoppers, int k) {
        return rules.recommend(day, shoppers, k);
    }

    @Override
    public void record(LocalDate day, List<ShopEvent> dayEvents) {
        events.addAll(dayEvents);
        rules.record(day, dayEvents);
    }

    @Override
    public SupportReply answer(SupportContact contact) {
        contacts.add(contact);
        return bot == null ? rules.answer(contact) : bot.apply(contact);
    }
}
