package io.shopmind.supportbot.understanding;

/** A training or test example: a shopper's message and the intent it expresses. */
public record LabeledText(String text, String intent) {

    public LabeledText {
        if (text == null || intent == null) {
            throw new IllegalArgumentException("text and intent are required");
        }
    }
}
