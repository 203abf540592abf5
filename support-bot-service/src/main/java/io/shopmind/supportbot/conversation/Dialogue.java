package io.shopmind.supportbot.conversation;

import io.shopmind.model.pricing.CurrentPrice;
import io.shopmind.model.recommendation.RecommendationList;
import io.shopmind.supportbot.SupportProperties;
import io.shopmind.supportbot.action.InventoryClient;
import io.shopmind.supportbot.action.PricingClient;
import io.shopmind.supportbot.action.RecommendationClient;
import io.shopmind.supportbot.action.ServiceUnavailableException;
import io.shopmind.supportbot.action.StockAnswer;
import io.shopmind.supportbot.entity.Entities;
import io.shopmind.supportbot.entity.EntityExtractor;
import io.shopmind.supportbot.entity.ProductMatcher;
import io.shopmind.supportbot.faq.FaqAnswer;
import io.shopmind.supportbot.model.IntentModels;
import io.shopmind.supportbot.model.ServedModel;
import io.shopmind.supportbot.readmodel.CatalogItem;
import io.shopmind.supportbot.readmodel.Catalogue;
import io.shopmind.supportbot.readmodel.ReadModelRepository;
import io.shopmind.supportbot.readmodel.ShopOrder;
import io.shopmind.supportbot.understanding.IntentPrediction;
import io.shopmind.supportbot.understanding.Language;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The bot's side of a conversation, one shopper message at a time, in the manner of Rasa's rules and forms:
 * <ol>
 *   <li>a shopper who asks for a person (or complains) is handed off at once, whatever else is going on;</li>
 *   <li>a pending "did you mean ...?" takes a yes (act on it) or a no (ask to rephrase);</li>
 *   <li>an open form (which order? which product?) takes the slot it asks for, unless the shopper has clearly moved
 *       on to another intent;</li>
 *   <li>a message the model is unsure of goes through the two-stage fallback: ask to confirm the best guess, then to
 *       rephrase, then hand off (Rasa's TwoStageFallbackPolicy);</li>
 *   <li>otherwise the intent's action answers: the order read model, inventory, pricing, recommendation, or the
 *       FAQ. A service that does not answer gets "I can't check right now", never a guess.</li>
 * </ol>
 */
@Component
class Dialogue {

    private static final Logger log = LoggerFactory.getLogger(Dialogue.class);

    static final String ORDER_STATUS = "order_status";
    static final String CHECK_STOCK = "check_stock";
    static final String CHECK_PRICE = "check_price";
    static final String PRODUCT_ADVICE = "product_advice";
    static final String HUMAN_AGENT = "human_agent";
    static final String COMPLAINT = "complaint";
    private static final Set<String> PRODUCT_FORMS = Set.of(CHECK_STOCK, CHECK_PRICE);
    /** Order numbers that do not match before the bot hands off. */
    static final int ORDER_ATTEMPTS = 3;

    private final IntentModels models;
    private final Catalogue catalogue;
    private final ReadModelRepository readModel;
    private final InventoryClient inventory;
    private final PricingClient pricing;
    private final RecommendationClient recommendations;
    private final Clock clock;
    private final int suggestions;

    Dialogue(IntentModels models, Catalogue catalogue, ReadModelRepository readModel, InventoryClient inventory,
            PricingClient pricing, RecommendationClient recommendations, Clock clock, SupportProperties properties) {
        this.models = models;
        this.catalogue = catalogue;
        this.readModel = readModel;
        this.inventory = inventory;
        this.pricing = pricing;
        this.recommendations = recommendations;
        this.clock = clock;
        this.suggestions = properties.dialogue().suggestions();
    }

    Turn respond(ConversationState state, String text) {
        Language language = Language.of(text);
        state.language = language;
        ServedModel served = models.current();
        IntentPrediction prediction = served.intents().predict(text, models.encoder());
        ProductMatcher products = catalogue.matcher();
        Entities entities = EntityExtractor.extract(text, LocalDate.now(clock.withZone(ZoneOffset.UTC)), products);
        remember(state, entities);
        List<Reply> replies = new ArrayList<>();
        String intent = decide(state, text, prediction, entities, replies);
        if (intent != null) {
            act(state, intent, text, entities, served, replies);
        }
        return new Turn(prediction, entities, intent, List.copyOf(replies));
    }

    /** Which intent to act on, or null when the fallback has already answered. */
    private String decide(ConversationState state, String text, IntentPrediction prediction, Entities entities,
            List<Reply> replies) {
        boolean sure = !prediction.outOfScope() && !prediction.ambiguous();
        if (sure && (prediction.intent().equals(HUMAN_AGENT) || prediction.intent().equals(COMPLAINT))) {
            return prediction.intent();
        }
        if (state.pendingIntent != null) {
            String pending = state.pendingIntent;
            Optional<Boolean> answer = Confirmation.of(text);
            if (answer.isPresent()) {
                state.pendingIntent = null;
                if (answer.get()) {
                    state.understood();
                    return pending;
                }
                state.fallbackStage = 2;
                replies.add(new Reply(Replies.say("rephrase", state.language), null));
                return null;
            }
            state.pendingIntent = null;
        }
        if (state.formIntent != null) {
            boolean fillsSlot = ORDER_STATUS.equals(state.formIntent) ? !entities.orderNumbers().isEmpty()
                    : !entities.products().isEmpty();
            boolean movedOn = sure && !prediction.intent().equals(state.formIntent) && !fillsSlot;
            if (!movedOn && (fillsSlot || !sure)) {
                state.understood();
                return state.formIntent;
            }
            state.formIntent = null;
        }
        if (prediction.outOfScope() && IntentModels.OUT_OF_SCOPE.equals(prediction.intent())) {
            state.understood();
            replies.add(new Reply(Replies.say("out_of_scope", state.language), null));
            return null;
        }
        if (!sure) {
            fallback(state, prediction.intent(), replies);
            return null;
        }
        state.understood();
        return prediction.intent();
    }

    /** The two-stage fallback: confirm the best guess, then ask to rephrase, then hand off. */
    private void fallback(ConversationState state, String guess, List<Reply> replies) {
        if (state.fallbackStage == 0 && guess != null && !IntentModels.OUT_OF_SCOPE.equals(guess)) {
            state.fallbackStage = 1;
            state.pendingIntent = guess;
            replies.add(new Reply(Replies.say("confirm", state.language, Replies.intentName(guess, state.language)),
                    null));
        } else if (state.fallbackStage < 2) {
            state.fallbackStage = 2;
            replies.add(new Reply(Replies.say("rephrase", state.language), null));
        } else {
            handOff(state, "not understood", "handoff", replies);
        }
    }

    private void act(ConversationState state, String intent, String text, Entities entities, ServedModel served,
            List<Reply> replies) {
        Language language = state.language;
        switch (intent) {
            case "greet", "goodbye" -> replies.add(new Reply(Replies.say(intent, language), null));
            case HUMAN_AGENT -> handOff(state, "asked for a person", "handoff", replies);
            case COMPLAINT -> handOff(state, "complaint", "handoff_complaint", replies);
            case ORDER_STATUS -> orderStatus(state, replies);
            case CHECK_STOCK, CHECK_PRICE -> product(state, intent, replies);
            case PRODUCT_ADVICE -> suggest(state, replies);
            default -> faq(state, intent, text, served, replies);
        }
    }

    private void orderStatus(ConversationState state, List<Reply> replies) {
        String candidate = state.slots.get("order_id");
        if (candidate == null) {
            state.formIntent = ORDER_STATUS;
            replies.add(new Reply(Replies.say("ask_order", state.language), null));
            return;
        }
        Optional<ShopOrder> order = readModel.order(candidate)
                .filter(found -> state.customerId == null || found.customerId() == null
                        || found.customerId().equals(state.customerId));
        if (order.isEmpty()) {
            int attempts = Integer.parseInt(state.slots.getOrDefault("order_attempts", "0")) + 1;
            state.slots.put("order_attempts", String.valueOf(attempts));
            state.slots.remove("order_id");
            if (attempts >= ORDER_ATTEMPTS) {
                handOff(state, "order not found", "handoff", replies);
                return;
            }
            state.formIntent = ORDER_STATUS;
            replies.add(new Reply(Replies.say("order_not_found", state.language, candidate), null));
            return;
        }
        ShopOrder found = order.get();
        state.formIntent = null;
        state.slots.remove("order_attempts");
        String when = DateTimeFormatter.ISO_LOCAL_DATE.format(found.statusAt().atZone(ZoneOffset.UTC));
        replies.add(new Reply(Replies.say("order_status", state.language, found.orderId(),
                Replies.status(found.status(), state.language), when), "orders"));
    }

    private void product(ConversationState state, String intent, List<Reply> replies) {
        String sku = state.slots.get("sku");
        if (sku == null) {
            state.formIntent = intent;
            replies.add(new Reply(Replies.say("ask_product", state.language), null));
            return;
        }
        state.formIntent = null;
        String name = state.slots.getOrDefault("product", sku);
        try {
            if (CHECK_STOCK.equals(intent)) {
                replies.add(new Reply(stock(inventory.stock(sku), name, state.language), "inventory"));
            } else {
                replies.add(new Reply(price(pricing.price(sku), name, state.language), "pricing"));
            }
        } catch (ServiceUnavailableException e) {
            log.warn("Conversation {}: {}", state.id, e.getMessage());
            String service = CHECK_STOCK.equals(intent) ? "inventory" : "pricing";
            replies.add(new Reply(Replies.say("unavailable." + service, state.language), null));
        }
    }

    private static String stock(StockAnswer stock, String name, Language language) {
        if (!stock.known()) {
            return Replies.say("no_stock_info", language, name);
        }
        if (stock.available() > 0) {
            return Replies.say("in_stock", language, name, stock.available());
        }
        StringBuilder answer = new StringBuilder(Replies.say("out_of_stock", language, name));
        if (stock.onOrder() > 0) {
            answer.append(Replies.say("on_order", language, stock.onOrder()));
        }
        if (stock.leadTimeMeanDays() != null) {
            answer.append(Replies.say("lead_time", language, Math.round(Math.ceil(stock.leadTimeMeanDays()))));
        }
        return answer.toString();
    }

    private static String price(Optional<CurrentPrice> price, String name, Language language) {
        if (price.isEmpty()) {
            return Replies.say("no_price", language, name);
        }
        CurrentPrice current = price.get();
        StringBuilder answer = new StringBuilder(Replies.say("price", language, name,
                current.price().amount().toPlainString(), current.price().currency()));
        if (current.listPrice() != null && current.listPrice().amount().compareTo(current.price().amount()) > 0) {
            answer.insert(answer.length() - 1, Replies.say("price_reduced", language,
                    current.listPrice().amount().toPlainString(), current.listPrice().currency()));
        }
        return answer.toString();
    }

    private void suggest(ConversationState state, List<Reply> replies) {
        String sku = state.slots.get("sku");
        RecommendationList list;
        try {
            list = sku != null ? recommendations.similarTo(sku, suggestions)
                    : recommendations.forShopper(state.customerId == null ? "guest" : state.customerId, suggestions);
        } catch (ServiceUnavailableException e) {
            log.warn("Conversation {}: {}", state.id, e.getMessage());
            replies.add(new Reply(Replies.say("unavailable.recommendation", state.language), null));
            return;
        }
        List<String> names = list.items().stream().limit(suggestions)
                .map(item -> readModel.item(item.sku()).map(CatalogItem::name).orElse(item.sku())).toList();
        if (names.isEmpty()) {
            replies.add(new Reply(Replies.say("no_suggestions", state.language), "recommendation"));
            return;
        }
        String text = Replies.say("suggestions", state.language,
                String.join(state.language == Language.ZH ? "、" : ", ", names));
        // the list was filtered on stock inventory reported earlier: say so rather than promise availability
        if (RecommendationList.STOCK_LAST_KNOWN.equals(list.stock())) {
            text += Replies.say("suggestions_stock_unchecked", state.language);
        }
        replies.add(new Reply(text, "recommendation"));
    }

    private void faq(ConversationState state, String intent, String text, ServedModel served, List<Reply> replies) {
        Optional<FaqAnswer> answer = served.faq().answer(text, intent);
        if (answer.isPresent()) {
            replies.add(new Reply(answer.get().article().answer(), "faq:" + answer.get().article().id()));
            return;
        }
        // below the FAQ threshold: no answer is better than a wrong one
        if (state.fallbackStage >= 2) {
            handOff(state, "no answer", "handoff", replies);
        } else {
            state.fallbackStage = 2;
            replies.add(new Reply(Replies.say("no_answer", state.language), null));
        }
    }

    private void handOff(ConversationState state, String reason, String reply, List<Reply> replies) {
        state.handOff(reason, clock.instant());
        replies.add(new Reply(Replies.say(reply, state.language), null));
    }

    /** Slots from what the message names: the order number, the product, the e-mail, the quantity, the date. */
    private void remember(ConversationState state, Entities entities) {
        if (!entities.orderNumbers().isEmpty()) {
            String known = entities.orderNumbers().stream().filter(n -> readModel.order(n).isPresent()).findFirst()
                    .orElse(entities.orderNumbers().get(0));
            state.slots.put("order_id", known);
        }
        if (!entities.products().isEmpty()) {
            ProductMatcher.Match best = entities.products().get(0);
            state.slots.put("sku", best.sku());
            state.slots.put("product", best.name());
        }
        if (entities.email() != null) {
            state.slots.put("email", entities.email());
        }
        if (entities.quantity() != null) {
            state.slots.put("quantity", String.valueOf(entities.quantity()));
        }
        if (entities.date() != null) {
            state.slots.put("date", entities.date().toString());
        }
    }
}
