package io.shopmind.twin.support;

import java.time.Instant;
import java.util.List;

/**
 * A message a shopper sends to support, and the truth behind it.
 *
 * @param facts what a correct reply must state; for {@link Intent#OUT_OF_SCOPE}, none: the bot must say it is out
 *              of scope
 */
public record SupportContact(String id, Instant at, String shopperId, String language, String text, Intent intent,
        List<Fact> facts) {

    public SupportContact {
        facts = List.copyOf(facts);
    }

    /** Correct: answered without a person, with the right intent where the reply names one, and every fact. */
    public boolean answeredCorrectlyBy(SupportReply reply) {
        if (reply.handedOff()) {
            return false;
        }
        if (reply.intent() != null && reply.intent() != intent) {
            return false;
        }
        if (intent == Intent.OUT_OF_SCOPE) {
            return reply.intent() == Intent.OUT_OF_SCOPE;
        }
        return facts.stream().allMatch(fact -> fact.statedIn(reply.text()));
    }
}
