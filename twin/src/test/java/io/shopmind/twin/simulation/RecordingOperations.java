package io.shopmind.twin.simulation;

import io.shopmind.twin.event.ShopEvent;
import io.shopmind.twin.operations.ForwardingOperations;
import io.shopmind.twin.operations.RuleBasedOperations;
import io.shopmind.twin.operations.RuleSettings;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The rule-based shop, keeping every event and contact it saw, with an optional bot of its own. */
class RecordingOperations extends ForwardingOperations {

    final List<ShopEvent> events = new ArrayList<>();
    final List<SupportContact> contacts = new ArrayList<>();
    private final Function<SupportContact, SupportReply> bot;

    RecordingOperations(RuleSettings settings, Function<SupportContact, SupportReply> bot) {
        super(new RuleBasedOperations(settings));
        this.bot = bot;
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public void record(LocalDate day, List<ShopEvent> dayEvents) {
        events.addAll(dayEvents);
        super.record(day, dayEvents);
    }

    @Override
    public SupportReply answer(SupportContact contact) {
        contacts.add(contact);
        return bot == null ? super.answer(contact) : bot.apply(contact);
    }
}
