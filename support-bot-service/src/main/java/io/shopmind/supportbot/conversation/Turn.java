package io.shopmind.supportbot.conversation;

import io.shopmind.supportbot.entity.Entities;
import io.shopmind.supportbot.understanding.IntentPrediction;
import java.util.List;

/**
 * What the bot made of one shopper message and what it answered.
 *
 * @param intent the intent the dialogue acted on (after a confirmation or a form), or null
 */
record Turn(IntentPrediction prediction, Entities entities, String intent, List<Reply> replies) {
}
