package io.shopmind.supportbot.conversation;

import io.shopmind.supportbot.understanding.Language;
import java.util.Locale;
import java.util.Map;

/** What the bot says, in English and Chinese; {@code %s} are filled in order. */
final class Replies {

    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("greet", new String[] {
                    "Hello! I can help with your orders, delivery, returns, refunds, payment, stock and prices. "
                            + "What can I do for you?",
                    "您好！我可以帮您查询订单、配送、退货、退款、付款、库存和价格。请问有什么可以帮您？"}),
            Map.entry("goodbye", new String[] {"Thank you for visiting, goodbye!", "感谢您的光临，再见！"}),
            Map.entry("out_of_scope", new String[] {
                    "Sorry, I can't help with that. I can answer questions about orders, delivery, returns, refunds, "
                            + "payment, stock and prices, or pass you to a colleague.",
                    "抱歉，这个问题我帮不上忙。我可以回答订单、配送、退货、退款、付款、库存和价格方面的问题，也可以为您转人工。"}),
            Map.entry("confirm", new String[] {"Did you mean: %s? (yes / no)", "您是想问：%s？（是 / 不是）"}),
            Map.entry("rephrase", new String[] {
                    "Sorry, I didn't understand. Could you say it in other words?",
                    "抱歉，我没有理解。您能换个说法吗？"}),
            Map.entry("handoff", new String[] {
                    "I'm passing you to a colleague, who will answer here and can see our conversation.",
                    "我为您转接人工客服，同事会在这里回复您，并能看到我们的对话记录。"}),
            Map.entry("handoff_complaint", new String[] {
                    "I'm sorry about that. I'm passing you to a colleague, who will answer here and can see our "
                            + "conversation.",
                    "非常抱歉给您带来不便。我为您转接人工客服，同事会在这里回复您，并能看到我们的对话记录。"}),
            Map.entry("ask_order", new String[] {
                    "Which order do you mean? Please give me the order number (for example A-10023).",
                    "请问是哪个订单？请告诉我订单号（例如 A-10023）。"}),
            Map.entry("order_not_found", new String[] {
                    "I can't find order %s. Please check the number and send it again.",
                    "没有找到订单 %s。请核对订单号后再发给我。"}),
            Map.entry("order_status", new String[] {"Order %s %s (last update %s).", "订单 %s %s（最后更新：%s）。"}),
            Map.entry("status.PLACED", new String[] {"has been placed and is being prepared", "已下单，正在备货"}),
            Map.entry("status.PAID", new String[] {"is paid and being prepared", "已付款，正在备货"}),
            Map.entry("status.SHIPPED", new String[] {"has shipped and is on its way", "已发货，正在配送途中"}),
            Map.entry("status.DELIVERED", new String[] {"has been delivered", "已送达"}),
            Map.entry("status.CANCELLED", new String[] {"was cancelled", "已取消"}),
            Map.entry("status.RETURNED", new String[] {"was returned", "已退货"}),
            Map.entry("status.other", new String[] {"has the status %s", "的状态是 %s"}),
            Map.entry("ask_product", new String[] {
                    "Which product do you mean? Please give me its name or SKU.",
                    "请问是哪件商品？请告诉我商品名称或SKU。"}),
            Map.entry("in_stock", new String[] {"Yes, %s is in stock: %d available.", "有货，%s 目前库存 %d 件。"}),
            Map.entry("out_of_stock", new String[] {"%s is out of stock right now.", "%s 目前缺货。"}),
            Map.entry("on_order", new String[] {" %d more are on order.", "已有 %d 件在补货途中。"}),
            Map.entry("lead_time", new String[] {
                    " New stock usually takes about %d days to arrive from the supplier.",
                    "供应商补货通常需要约 %d 天。"}),
            Map.entry("no_stock_info", new String[] {
                    "I have no stock information for %s.", "没有 %s 的库存信息。"}),
            Map.entry("price", new String[] {"%s costs %s %s.", "%s 的价格是 %s %s。"}),
            Map.entry("price_reduced", new String[] {" (reduced from %s %s)", "（原价 %s %s）"}),
            Map.entry("no_price", new String[] {"I have no price for %s.", "没有 %s 的价格信息。"}),
            Map.entry("suggestions", new String[] {"You might like: %s.", "您可能会喜欢：%s。"}),
            Map.entry("suggestions_stock_unchecked", new String[] {
                    " I couldn't check just now whether they are all in stock.", "暂时无法确认它们是否都有货。"}),
            Map.entry("no_suggestions", new String[] {
                    "I have no suggestions for you right now.", "目前没有可以推荐给您的商品。"}),
            Map.entry("unavailable.inventory", new String[] {
                    "I can't check stock right now. Please try again in a few minutes, or ask for a colleague.",
                    "我现在无法查询库存。请过几分钟再试，或者转人工客服。"}),
            Map.entry("unavailable.pricing", new String[] {
                    "I can't check prices right now. Please try again in a few minutes, or ask for a colleague.",
                    "我现在无法查询价格。请过几分钟再试，或者转人工客服。"}),
            Map.entry("unavailable.recommendation", new String[] {
                    "I can't look up suggestions right now. Please try again in a few minutes.",
                    "我现在无法获取推荐。请过几分钟再试。"}),
            Map.entry("no_answer", new String[] {
                    "I don't have a good answer to that. Could you say it in other words?",
                    "这个问题我没有合适的答案。您能换个说法吗？"}));

    /** How the bot names an intent in "did you mean ...?". */
    private static final Map<String, String[]> INTENT_NAMES = Map.ofEntries(
            Map.entry("order_status", new String[] {"the status of an order", "订单状态"}),
            Map.entry("shipping_info", new String[] {"delivery times and costs", "配送时间和运费"}),
            Map.entry("return_policy", new String[] {"returning an item", "退货"}),
            Map.entry("refund_status", new String[] {"a refund", "退款"}),
            Map.entry("payment_methods", new String[] {"payment", "付款"}),
            Map.entry("check_stock", new String[] {"whether a product is in stock", "商品是否有货"}),
            Map.entry("check_price", new String[] {"the price of a product", "商品价格"}),
            Map.entry("product_advice", new String[] {"product suggestions", "商品推荐"}),
            Map.entry("account_help", new String[] {"your account", "账户问题"}),
            Map.entry("complaint", new String[] {"a complaint", "投诉"}),
            Map.entry("human_agent", new String[] {"talking to a colleague", "转人工客服"}),
            Map.entry("greet", new String[] {"saying hello", "打招呼"}),
            Map.entry("goodbye", new String[] {"saying goodbye", "告别"}));

    private Replies() {
    }

    static String say(String key, Language language, Object... args) {
        String[] texts = TEXTS.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no reply " + key);
        }
        return String.format(Locale.ROOT, texts[language == Language.ZH ? 1 : 0], args);
    }

    static String status(String status, Language language) {
        String key = "status." + status;
        return TEXTS.containsKey(key) ? say(key, language) : say("status.other", language, status);
    }

    static String intentName(String intent, Language language) {
        String[] names = INTENT_NAMES.get(intent);
        return names == null ? intent.replace('_', ' ') : names[language == Language.ZH ? 1 : 0];
    }
}
