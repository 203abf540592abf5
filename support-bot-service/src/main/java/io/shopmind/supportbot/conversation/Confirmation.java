package io.shopmind.supportbot.conversation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** A shopper's yes or no to "did you mean ...?", in English or Chinese; anything else is neither. */
final class Confirmation {

    private static final Set<String> YES = Set.of("yes", "y", "yeah", "yep", "yup", "sure", "correct", "right",
            "exactly", "that's right", "thats right", "yes please", "ok", "okay", "indeed", "是", "是的", "对",
            "对的", "对啊", "没错", "好", "好的", "嗯", "可以", "是啊");
    private static final Set<String> NO = Set.of("no", "n", "nope", "nah", "not really", "wrong", "no thanks",
            "not that", "不是", "不对", "不", "没有", "错了", "不是的", "都不是");

    private Confirmation() {
    }

    static Optional<Boolean> of(String text) {
        String answer = text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}，。！？、～\\s]+$", "")
                .replaceAll("^[\\s]+", "");
        if (YES.contains(answer)) {
            return Optional.of(true);
        }
        if (NO.contains(answer)) {
            return Optional.of(false);
        }
        return Optional.empty();
    }
}
