package io.shopmind.suite;

import static io.shopmind.suite.TestSuite.body;
import static io.shopmind.suite.TestSuite.gateway;
import static io.shopmind.suite.TestSuite.get;
import static io.shopmind.suite.TestSuite.post;
import static io.shopmind.suite.TestSuite.send;
import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.model.service.ShopMindService;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A shopper's conversations with the support bot through the gateway, in English and in Chinese: the order status
 * with the order number asked for, stock and the delivery estimate from inventory-service, prices from
 * pricing-service and what the bot says while it is down, the return policy from the FAQ, an out-of-scope message,
 * and a handoff that an agent answers and closes.
 */
class SupportConversationFlowTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String TEAPOT = "scf-" + RUN + "-teapot";
    private static final String MUG = "scf-" + RUN + "-mug";
    private static final String ORDER = "A-" + (10_000 + Math.abs(RUN.hashCode() % 90_000));
    private static final String SHOPPER = "scf-" + RUN + "-shopper";

    @BeforeAll
    static void shop() throws Exception {
        HttpResponse<String> events = post(gateway("/api/v1/events"), """
                {"events":[%s,%s,
                 {"eventId":"%s","type":"OrderPlaced","occurredAt":"2026-03-01T10:00:00Z",
                  "payload":{"orderId":"%s","customerId":"%s","warehouse":"main",
                             "lines":[{"sku":"%s","quantity":1,"unitPrice":{"amount":"9.99","currency":"EUR"}}]}},
                 {"eventId":"%s","type":"OrderStatusChanged","occurredAt":"2026-03-02T08:00:00Z",
                  "payload":{"orderId":"%s","status":"SHIPPED"}}]}"""
                .formatted(item(TEAPOT, "Blue Teapot"), item(MUG, "Ceramic Mug"), UUID.randomUUID(), ORDER, SHOPPER,
                        "scf-" + RUN + "-tea", UUID.randomUUID(), ORDER));
        assertThat(events.statusCode()).as(events.body()).isEqualTo(202);
        for (String sku : new String[] {TEAPOT, MUG}) {
            HttpResponse<String> parameters = send(gateway("/api/v1/inventory/skus/" + sku), "PUT",
                    "application/json", """
                    {"currency":"EUR","unitCost":"10.00","orderingCost":"40.00","holdingCostRate":0.25,
                     "serviceLevel":0.95,"leadTimeMeanDays":7,"leadTimeSdDays":2,"moq":1,"casePack":1,
                     "unitVolume":0.01,"supplier":"acme"}""", Map.of());
            assertThat(parameters.statusCode()).as(parameters.body()).isEqualTo(200);
        }
        HttpResponse<String> receipt = send(gateway("/api/v1/inventory/movements"), "POST", "application/json", """
                {"lines":[{"kind":"RECEIPT","sku":"%s","warehouse":"main","quantity":12}]}""".formatted(TEAPOT),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        aliases(TEAPOT, "蓝色茶壶");
        aliases(MUG, "陶瓷杯");
        awaitFirstModel();
    }

    /** On a new database the bot trains its first intent model as a job and answers 503 until it is stored. */
    private static void awaitFirstModel() throws Exception {
        String parse = gateway("/api/v1/support/understanding/parse");
        HttpResponse<String> parsed = post(parse, "{\"text\":\"hello\"}");
        for (int attempt = 0; attempt < 360 && parsed.statusCode() == 503; attempt++) {
            Thread.sleep(500);
            parsed = post(parse, "{\"text\":\"hello\"}");
        }
        assertThat(parsed.statusCode()).as(parsed.body()).isEqualTo(200);
    }

    @Test
    void asksForTheMissingOrderNumberThenTellsTheStatus() throws Exception {
        String english = start(SHOPPER);
        JsonNode asked = say(english, "Where's my order? It hasn't arrived.");
        assertThat(asked.get("intent").asString()).isEqualTo("order_status");
        assertThat(replies(asked)).contains("order number");
        assertThat(replies(say(english, "the number is " + ORDER))).contains(ORDER).contains("has shipped");

        String chinese = start(SHOPPER);
        assertThat(replies(say(chinese, "我的包裹到哪里了？"))).contains("订单号");
        assertThat(replies(say(chinese, "订单号是" + ORDER))).contains(ORDER).contains("已发货");
    }

    @Test
    void answersStockAndTheDeliveryEstimateFromInventory() throws Exception {
        String english = start(SHOPPER);
        JsonNode inStock = say(english, "Do you have the blue teapot in stock?");
        assertThat(replies(inStock)).contains("Blue Teapot is in stock: 12 available");
        assertThat(inStock.get("replies").get(0).get("source").asString()).isEqualTo("inventory");
        assertThat(replies(say(english, "and is the ceramic mug available?")))
                .contains("Ceramic Mug is out of stock").contains("about 7 days");

        String chinese = start(SHOPPER);
        assertThat(replies(say(chinese, "蓝色茶壶还有货吗？"))).contains("库存 12 件");
        assertThat(replies(say(chinese, "陶瓷杯有现货吗"))).contains("缺货").contains("7 天");
    }

    @Test
    void saysItCannotCheckPricesWhilePricingIsDown() throws Exception {
        String english = start(SHOPPER);
        String chinese = start(SHOPPER);
        TestSuite.running().stop(ShopMindService.PRICING);
        try {
            JsonNode price = say(english, "How much does the blue teapot cost?");
            assertThat(price.get("intent").asString()).isEqualTo("check_price");
            assertThat(replies(price)).contains("can't check prices right now").doesNotContain("EUR");
            assertThat(replies(say(chinese, "蓝色茶壶多少钱？"))).contains("无法查询价格");
        } finally {
            TestSuite.running().start(ShopMindService.PRICING);
        }
    }

    @Test
    void tellsTheCurrentPriceFromPricing() throws Exception {
        HttpResponse<String> book = send(gateway("/api/v1/pricing/book/" + TEAPOT), "PUT", "application/json", """
                {"currency":"EUR","listPrice":"29.99","price":"24.99","unitCost":"10.00","reason":"support flow"}""",
                Map.of("X-Actor", "support-flow"));
        assertThat(book.statusCode()).as(book.body()).isEqualTo(200);

        assertThat(replies(say(start(SHOPPER), "How much does the blue teapot cost?")))
                .contains("Blue Teapot costs 24.99 EUR").contains("reduced from 29.99 EUR");
        assertThat(replies(say(start(SHOPPER), "蓝色茶壶多少钱？"))).contains("24.99 EUR");
    }

    @Test
    void answersTheReturnPolicyWithItsSource() throws Exception {
        JsonNode english = say(start(null), "How do I send back something that doesn't fit?");
        assertThat(english.get("replies").get(0).get("source").asString()).isEqualTo("faq:returns-en");
        assertThat(replies(english)).contains("30 days");

        JsonNode chinese = say(start(null), "请问怎么退货？");
        assertThat(chinese.get("replies").get(0).get("source").asString()).isEqualTo("faq:returns-zh");
        assertThat(replies(chinese)).contains("30天");
    }

    @Test
    void declinesAnOutOfScopeMessage() throws Exception {
        assertThat(replies(say(start(null), "Who won the football game last night?"))).contains("can't help with that");
        assertThat(replies(say(start(null), "东京现在几点了？"))).contains("帮不上忙");
    }

    @Test
    void handsOffToAnAgentWhoRepliesAndClosesTheConversation() throws Exception {
        for (String[] turn : new String[][] {
                {"Can I talk to a real person please?", "Hi, this is Anna. How can I help?"},
                {"我想找人工客服", "您好，我是小李，请问有什么可以帮您？"}}) {
            String id = start(SHOPPER);
            JsonNode handoff = say(id, turn[0]);
            assertThat(handoff.get("status").asString()).isEqualTo("HANDOFF");

            JsonNode queued = null;
            for (JsonNode entry : body(get(gateway("/api/v1/support/handoffs?limit=500")))) {
                if (entry.get("conversationId").asString().equals(id)) {
                    queued = entry;
                }
            }
            assertThat(queued).as("conversation %s in the agents' queue", id).isNotNull();
            assertThat(queued.get("intents").toString()).contains("human_agent");

            HttpResponse<String> reply = post(gateway("/api/v1/support/handoffs/" + id + "/replies"),
                    TestSuite.JSON.writeValueAsString(Map.of("agent", "anna", "text", turn[1])));
            assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
            JsonNode conversation = body(get(gateway("/api/v1/support/conversations/" + id)));
            JsonNode last = conversation.get("messages").get(conversation.get("messages").size() - 1);
            assertThat(last.get("sender").asString()).isEqualTo("AGENT");
            assertThat(last.get("text").asString()).isEqualTo(turn[1]);

            assertThat(post(gateway("/api/v1/support/handoffs/" + id + "/close"), "{\"agent\":\"anna\"}").statusCode())
                    .isEqualTo(200);
            assertThat(body(get(gateway("/api/v1/support/conversations/" + id))).get("status").asString())
                    .isEqualTo("CLOSED");
        }
    }

    private static String item(String sku, String name) {
        return """
                {"eventId":"%s","type":"CatalogItemUpserted","occurredAt":"2026-03-01T09:00:00Z","payload":{"sku":"%s",
                "name":"%s","category":"tea","brand":"demo","price":{"amount":"9.99","currency":"EUR"},"active":true}}"""
                .formatted(UUID.randomUUID(), sku, name);
    }

    private static void aliases(String sku, String alias) throws Exception {
        HttpResponse<String> response = send(gateway("/api/v1/support/products/" + sku + "/aliases"), "PUT",
                "application/json", "{\"aliases\":[\"" + alias + "\"]}", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String start(String customerId) throws Exception {
        HttpResponse<String> started = post(gateway("/api/v1/support/conversations"),
                customerId == null ? "{}" : "{\"customerId\":\"" + customerId + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return body(started).get("id").asString();
    }

    private static JsonNode say(String id, String text) throws Exception {
        HttpResponse<String> response = post(gateway("/api/v1/support/conversations/" + id + "/messages"),
                TestSuite.JSON.writeValueAsString(Map.of("text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private static String replies(JsonNode turn) {
        StringBuilder all = new StringBuilder();
        turn.get("replies").forEach(reply -> all.append(reply.get("text").asString()).append('\n'));
        return all.toString();
    }
}
