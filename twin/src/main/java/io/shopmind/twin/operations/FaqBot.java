package io.shopmind.twin.operations;

import io.shopmind.twin.support.ContactWriter;
import io.shopmind.twin.support.Intent;
import io.shopmind.twin.support.SupportContact;
import io.shopmind.twin.support.SupportReply;
import java.util.List;
import java.util.Locale;

/**
 * The rule-based shop's bot: it answers from a fixed FAQ when a keyword of an entry appears in the message, and
 * passes everything else to a person. It cannot look up an order, a stock level or a price.
 */
public final class FaqBot {

    private record Entry(Intent intent, List<String> keywords, String english, String chinese) {
    }

    private static final List<Entry> FAQ = List.of(
            new Entry(Intent.RETURN, List.of("return", "refund", "send back", "退", "退款"),
                    "You can return any item within " + ContactWriter.RETURN_DAYS
                            + " days of delivery for a full refund: reply with the order number to get a label.",
                    "收到商品后" + ContactWriter.RETURN_DAYS + "天内可以退货并全额退款，请回复订单号领取退货单。"),
            new Entry(Intent.WHERE_IS_MY_ORDER, List.of("where is", "arrive", "deliver", "status", "到哪", "送到", "状态",
                    "没到"),
                    "Orders ship within one working day and arrive in two to five working days.",
                    "订单一个工作日内发出，两到五个工作日送达。"));

    public SupportReply answer(SupportContact contact) {
        String text = contact.text().toLowerCase(Locale.ROOT);
        boolean chinese = "zh".equals(contact.language());
        for (Entry entry : FAQ) {
            if (entry.keywords().stream().anyMatch(text::contains)) {
                return new SupportReply(chinese ? entry.chinese() : entry.english(), entry.intent(), false);
            }
        }
        return SupportReply.handoff(chinese ? "我为您转接人工客服。" : "Let me pass you to a colleague.");
    }
}
