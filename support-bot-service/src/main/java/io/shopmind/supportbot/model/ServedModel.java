package io.shopmind.supportbot.model;

import io.shopmind.supportbot.faq.FaqIndex;
import io.shopmind.supportbot.understanding.IntentModel;

/** What answers shoppers now: an intent model version and the FAQ index. */
public record ServedModel(int version, IntentModel intents, FaqIndex faq) {
}
