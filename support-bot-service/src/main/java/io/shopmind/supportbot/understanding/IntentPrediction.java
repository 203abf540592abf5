package io.shopmind.supportbot.understanding;

import java.util.List;

/**
 * What the model makes of one message.
 *
 * @param intent      the most likely intent
 * @param confidence  its calibrated probability
 * @param ranking     the most likely intents, best first
 * @param outOfScope  the message is none of the shop's intents: the out-of-scope class won, or the confidence is
 *                    below the model's threshold
 * @param ambiguous   the best two are closer than the model's ambiguity margin (Rasa's fallback rule)
 */
public record IntentPrediction(String intent, double confidence, List<RankedIntent> ranking, boolean outOfScope,
        boolean ambiguous) {

    public record RankedIntent(String intent, double confidence) {
    }

    /** The label an evaluation scores: the intent, or {@code outOfScopeLabel} when the message is out of scope. */
    public String label(String outOfScopeLabel) {
        return outOfScope ? outOfScopeLabel : intent;
    }
}
