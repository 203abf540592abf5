package io.shopmind.twin.support;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Writes a shopper's message in her language from a few phrasings per intent, and attaches the true answer.
 * {@code variant} (a uniform draw) picks the phrasing, so the same contact reads the same in every arm.
 */
public final class ContactWriter {

    /** The shop's return window, the fact a return answer must state. */
    public static final int RETURN_DAYS = 30;

    private static final List<String> WISMO_EN = List.of("Where is my order %s?", "Hi, my order %s has not arrived yet.",
            "Can you tell me the status of order %s?", "When will order %s be delivered?");
    private static final List<String> WISMO_ZH = List.of("我的订单 %s 到哪里了？", "订单 %s 还没到，请帮我查一下。",
            "请问订单 %s 现在是什么状态？", "订单 %s 什么时候能送到？");
    private static final List<String> RETURN_EN = List.of("I want to return order %s.",
            "How do I send back the items from order %s?", "Can I get a refund for order %s?");
    private static final List<String> RETURN_ZH = List.of("我想退货，订单号 %s。", "订单 %s 的商品怎么退？",
            "订单 %s 可以退款吗？");
    private static final List<String> STOCK_EN = List.of("Is %s in stock?", "When will %s be available again?",
            "Do you have %s right now?");
    private static final List<String> STOCK_ZH = List.of("%s 有货吗？", "%s 什么时候补货？", "现在能买到 %s 吗？");
    private static final List<String> PRICE_EN = List.of("How much is %s?", "What does %s cost today?",
            "What's the price of %s?");
    private static final List<String> PRICE_ZH = List.of("%s 多少钱？", "%s 现在卖多少钱？", "请问 %s 的价格是多少？");
    private static final List<String> OUT_EN = List.of("What's the weather like tomorrow?",
            "Can you write me a poem about cats?", "Who won the football match last night?", "Tell me a joke.");
    private static final List<String> OUT_ZH = List.of("明天天气怎么样？", "给我写一首关于猫的诗。", "昨晚的足球比赛谁赢了？",
            "讲个笑话吧。");

    public SupportContact whereIsMyOrder(String id, Instant at, String shopperId, String language, String orderId,
            String status, double variant) {
        boolean zh = "zh".equals(language);
        String text = String.format(pick(zh ? WISMO_ZH : WISMO_EN, variant), orderId);
        return new SupportContact(id, at, shopperId, language, text, Intent.WHERE_IS_MY_ORDER,
                List.of(statusFact(status)));
    }

    public SupportContact returnRequest(String id, Instant at, String shopperId, String language, String orderId,
            double variant) {
        boolean zh = "zh".equals(language);
        String text = String.format(pick(zh ? RETURN_ZH : RETURN_EN, variant), orderId);
        return new SupportContact(id, at, shopperId, language, text, Intent.RETURN,
                List.of(Fact.mentions(Integer.toString(RETURN_DAYS))));
    }

    public SupportContact stock(String id, Instant at, String shopperId, String language, String skuName,
            boolean inStock, double variant) {
        boolean zh = "zh".equals(language);
        String text = String.format(pick(zh ? STOCK_ZH : STOCK_EN, variant), skuName);
        List<String> out = List.of("out of stock", "not in stock", "sold out", "unavailable", "缺货", "无货", "没有库存",
                "售罄", "暂无");
        Fact fact = inStock
                ? new Fact(List.of("in stock", "available", "有货", "有库存", "现货"), out)
                : new Fact(out, List.of());
        return new SupportContact(id, at, shopperId, language, text, Intent.STOCK, List.of(fact));
    }

    public SupportContact price(String id, Instant at, String shopperId, String language, String skuName,
            double price, double variant) {
        boolean zh = "zh".equals(language);
        String text = String.format(pick(zh ? PRICE_ZH : PRICE_EN, variant), skuName);
        return new SupportContact(id, at, shopperId, language, text, Intent.PRICE,
                List.of(Fact.mentions(String.format(Locale.ROOT, "%.2f", price))));
    }

    public SupportContact outOfScope(String id, Instant at, String shopperId, String language, double variant) {
        boolean zh = "zh".equals(language);
        return new SupportContact(id, at, shopperId, language, pick(zh ? OUT_ZH : OUT_EN, variant),
                Intent.OUT_OF_SCOPE, List.of());
    }

    /** PLACED (not shipped yet), SHIPPED or DELIVERED, in words in either language. */
    static Fact statusFact(String status) {
        return switch (status) {
            case "PLACED" -> Fact.mentions("not shipped", "not yet shipped", "being prepared", "preparing", "processing",
                    "尚未发货", "未发货", "备货", "处理中");
            case "SHIPPED" -> new Fact(List.of("shipped", "on its way", "in transit", "已发货", "运输中", "配送中"),
                    List.of("not shipped", "not yet shipped", "未发货"));
            case "DELIVERED" -> Fact.mentions("delivered", "已送达", "已签收", "已妥投");
            default -> throw new IllegalArgumentException("no status fact for " + status);
        };
    }

    private static String pick(List<String> phrasings, double variant) {
        return phrasings.get(Math.min(phrasings.size() - 1, (int) (variant * phrasings.size())));
    }
}
