package io.shopmind.supportbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.shopmind.database.EmbeddedDatabaseInitializer;
import io.shopmind.servicesupport.contract.ServiceEdgeContractTest;
import io.shopmind.supportbot.FirstModel;
import io.shopmind.supportbot.model.ModelRepository;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations over real HTTP on the embedded PostgreSQL, with the starter pack's model; inventory, pricing and
 * recommendation are down here (see the test configuration), so the bot must say it cannot check. The flows with
 * those services up run through the gateway in the suite's {@code SupportConversationFlowTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedDatabaseInitializer.class)
// the contract tests' configuration: one context (and one first training) for the module
@Import(ServiceEdgeContractTest.ContractJob.class)
class ConversationFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    // one catalogue for the class: a second "Blue Teapot" would make the product ambiguous
    private static final String run = UUID.randomUUID().toString().substring(0, 6);
    private static final String order = "A-" + Math.abs(run.hashCode() % 90_000 + 10_000);
    private static final String customer = "c-" + run;
    private static boolean shopped;

    @Value("${local.server.port}")
    int port;

    @Autowired
    ModelRepository models;

    @BeforeEach
    void shop() throws Exception {
        FirstModel.await(models);
        if (shopped) {
            return;
        }
        shopped = true;
        HttpResponse<String> events = post("/api/v1/support/events", """
                {"events":[
                 {"eventId":"%s","type":"CatalogItemUpserted","occurredAt":"2026-03-01T09:00:00Z",
                  "payload":{"sku":"tp-%s","name":"Blue Teapot","category":"tea","brand":"demo",
                             "price":{"amount":"24.99","currency":"EUR"},"active":true}},
                 {"eventId":"%s","type":"OrderPlaced","occurredAt":"2026-03-01T10:00:00Z",
                  "payload":{"orderId":"%s","customerId":"%s","warehouse":"main",
                             "lines":[{"sku":"tp-%s","quantity":1,"unitPrice":{"amount":"24.99","currency":"EUR"}}]}},
                 {"eventId":"%s","type":"OrderStatusChanged","occurredAt":"2026-03-02T08:00:00Z",
                  "payload":{"orderId":"%s","status":"SHIPPED"}}]}"""
                .formatted(UUID.randomUUID(), run, UUID.randomUUID(), order, customer, run, UUID.randomUUID(), order));
        assertThat(events.statusCode()).as(events.body()).isEqualTo(202);
        assertThat(send("PUT", "/api/v1/support/products/tp-" + run + "/aliases", "{\"aliases\":[\"蓝色茶壶\"]}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void asksForTheMissingOrderNumberThenAnswersFromTheOrderReadModel() throws Exception {
        String id = start(customer);
        JsonNode asked = say(id, "where's my order?");
        assertThat(asked.get("intent").asString()).isEqualTo("order_status");
        assertThat(text(asked)).contains("order number");

        JsonNode answered = say(id, "it is " + order);
        assertThat(text(answered)).contains(order).contains("has shipped");
        assertThat(answered.get("replies").get(0).get("source").asString()).isEqualTo("orders");
        assertThat(answered.get("slots").get("order_id").asString()).isEqualTo(order);
    }

    @Test
    void asksForTheOrderNumberInChinese() throws Exception {
        String id = start(customer);
        assertThat(text(say(id, "我的订单到哪了？"))).contains("订单号");
        assertThat(text(say(id, "订单号是" + order))).contains(order).contains("已发货");
    }

    @Test
    void keepsAnotherShoppersOrderToItself() throws Exception {
        String id = start("someone-else");
        assertThat(text(say(id, "has order " + order + " shipped yet?"))).contains("can't find order " + order);
    }

    @Test
    void saysItCannotCheckWhenInventoryAndPricingAreDown() throws Exception {
        String id = start(customer);
        JsonNode stock = say(id, "do you have the blue teapot in stock?");
        assertThat(stock.get("intent").asString()).isEqualTo("check_stock");
        assertThat(stock.get("slots").get("sku").asString()).isEqualTo("tp-" + run);
        assertThat(text(stock)).contains("can't check stock right now");

        assertThat(text(say(id, "how much is the blue teapot?"))).contains("can't check prices right now");
        assertThat(text(say(id, "蓝色茶壶多少钱？"))).contains("无法查询价格");
    }

    @Test
    void answersTheReturnPolicyFromTheFaqWithItsSource() throws Exception {
        String id = start(null);
        JsonNode english = say(id, "How can I return something I bought?");
        assertThat(english.get("replies").get(0).get("source").asString()).isEqualTo("faq:returns-en");
        JsonNode chinese = say(id, "我想退货，怎么操作？");
        assertThat(chinese.get("replies").get(0).get("source").asString()).isEqualTo("faq:returns-zh");
    }

    @Test
    void tellsAnOutOfScopeMessageWhatItCanDo() throws Exception {
        String id = start(null);
        JsonNode weather = say(id, "what will the weather be like tomorrow in Berlin?");
        assertThat(weather.get("intent").isNull()).isTrue();
        assertThat(text(weather)).contains("can't help with that");
        assertThat(text(say(id, "给我讲个笑话吧"))).contains("帮不上忙");
    }

    @Test
    void handsOffToAnAgentWhoRepliesAndCloses() throws Exception {
        String id = start(customer);
        say(id, "do you have the blue teapot in stock?");
        JsonNode handoff = say(id, "I want to talk to a real person");
        assertThat(handoff.get("status").asString()).isEqualTo("HANDOFF");
        assertThat(text(handoff)).contains("colleague");
        assertThat(say(id, "hello? anyone?").get("replies")).isEmpty();

        JsonNode queue = body(get("/api/v1/support/handoffs?limit=500"));
        JsonNode mine = null;
        for (JsonNode entry : queue) {
            if (entry.get("conversationId").asString().equals(id)) {
                mine = entry;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("reason").asString()).isEqualTo("asked for a person");
        assertThat(mine.get("intents").toString()).contains("check_stock").contains("human_agent");
        assertThat(mine.get("slots").get("sku").asString()).isEqualTo("tp-" + run);

        assertThat(post("/api/v1/support/handoffs/" + id + "/replies",
                "{\"agent\":\"anna\",\"text\":\"Hi, Anna here. The teapot ships tomorrow.\"}").statusCode())
                .isEqualTo(200);
        JsonNode transcript = body(get("/api/v1/support/conversations/" + id));
        JsonNode last = transcript.get("messages").get(transcript.get("messages").size() - 1);
        assertThat(last.get("sender").asString()).isEqualTo("AGENT");
        assertThat(last.get("text").asString()).contains("Anna here");
        assertThat(transcript.get("status").asString()).isEqualTo("AGENT");

        assertThat(post("/api/v1/support/handoffs/" + id + "/close", "{\"agent\":\"anna\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> afterClose = post("/api/v1/support/conversations/" + id + "/messages",
                "{\"text\":\"thanks\"}");
        assertThat(afterClose.statusCode()).isEqualTo(409);
    }

    @Test
    void handsOffInChineseToo() throws Exception {
        String id = start(null);
        JsonNode handoff = say(id, "我要转人工客服");
        assertThat(handoff.get("status").asString()).isEqualTo("HANDOFF");
        assertThat(text(handoff)).contains("人工客服");
    }

    @Test
    void rejectsTooLongMessagesAndUnknownConversations() throws Exception {
        String id = start(null);
        HttpResponse<String> tooLong = post("/api/v1/support/conversations/" + id + "/messages",
                "{\"text\":\"" + "a".repeat(1_001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("text");
        assertThat(post("/api/v1/support/conversations/" + UUID.randomUUID() + "/messages", "{\"text\":\"hi\"}")
                .statusCode()).isEqualTo(404);
    }

    private String start(String customerId) throws Exception {
        HttpResponse<String> started = post("/api/v1/support/conversations",
                customerId == null ? "{}" : "{\"customerId\":\"" + customerId + "\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        return body(started).get("id").asString();
    }

    private JsonNode say(String id, String text) throws Exception {
        HttpResponse<String> response = post("/api/v1/support/conversations/" + id + "/messages",
                JSON.writeValueAsString(java.util.Map.of("text", text)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response);
    }

    private static String text(JsonNode turn) {
        StringBuilder all = new StringBuilder();
        turn.get("replies").forEach(reply -> all.append(reply.get("text").asString()).append('\n'));
        return all.toString();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send("POST", path, body);
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode body(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
