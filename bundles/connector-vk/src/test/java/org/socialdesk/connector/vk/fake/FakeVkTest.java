package org.socialdesk.connector.vk.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fake refuses what api.vk.com refuses, and its answers, errors included, are what VK's schema describes. */
class FakeVkTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private FakeVk vk;

    @BeforeEach
    void start() throws IOException {
        vk = FakeVk.start();
    }

    @AfterEach
    void stop() {
        vk.close();
    }

    @Test
    void anUnknownMethodIsError3() throws Exception {
        assertEquals(3, errorCode(call("wall.postEverywhere", Map.of())));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', value = {
        "wall.createComment | owner_id=-1&message=hi                 | post_id is required",
        "wall.getComments   | owner_id=-1&post_id=1&count=many       | count must be an integer",
        "wall.getComments   | owner_id=-1&post_id=1&sort=newest      | sort must be one of",
        "wall.getComments   | owner_id=-1&post_id=1&thread_items_count=11 | thread_items_count must be at most 10",
        "wall.post          | owner_id=-1&from_group=yes             | from_group must be 0 or 1",
        "wall.get           | owner_id=-1                            | owner_id is not a parameter of wall.get",
        "groups.ban         | owner_id=5                             | group_id is required",
        "groups.getById     | group_id=1&fields=description,karma    | fields item must be one of",
    })
    void aMalformedRequestIsError100NamingTheParameter(String method, String form, String problem)
            throws Exception {
        JsonNode answer = call(method, parse(form));

        assertEquals(100, errorCode(answer));
        assertTrue(answer.path("error").path("error_msg").asText().contains(problem), answer::toString);
        assertTrue(vk.violations().get(0).contains(problem), "the test that sent it hears of it too");
    }

    @Test
    void theErrorEchoesTheRequestWithoutTheToken() throws Exception {
        JsonNode answer = call("wall.createComment", Map.of("owner_id", "-1"));

        List<String> keys = answer.path("error").path("request_params").findValuesAsText("key");
        assertEquals(List.of("method", "oauth", "owner_id", "v"), keys);
        assertFalse(answer.toString().contains(vk.userToken()));
    }

    @Test
    void aCommunityTokenCannotPostOnTheWall() throws Exception {
        Map<String, String> form = new LinkedHashMap<>(Map.of("owner_id", "-1", "message", "hi"));
        form.put("access_token", vk.communityToken());

        assertEquals(27, errorCode(call("wall.post", form)));
    }

    @Test
    void withoutATokenOrWithAWrongOneIsError5() throws Exception {
        assertEquals(5, errorCode(send("wall.get", "v=5.199&domain=club1")));
        assertEquals(5, errorCode(send("wall.get", "v=5.199&domain=club1&access_token=guess")));
    }

    @Test
    void anotherApiVersionIsRefused() throws Exception {
        assertEquals(8, errorCode(send("wall.get", "v=5.131&access_token=" + vk.userToken())));
    }

    @Test
    void everyErrorItSendsIsAVkErrorAndFitsTheSchema() throws Exception {
        vk.failNext(14);

        JsonNode answer = call("utils.getServerTime", Map.of());

        assertEquals(14, errorCode(answer));
        assertTrue(answer.path("error").has("captcha_sid"));
        assertTrue(VkJsonSchemas.answerProblems(null, answer).isEmpty());
        assertTrue(vk.violations().isEmpty(), vk.violations()::toString);
    }

    @Test
    void theSchemaCheckCatchesAWrongAnswer() throws Exception {
        String postResponse = "wall/responses.json#/definitions/wall_post_response";

        assertTrue(VkJsonSchemas.answerProblems(postResponse, JSON.readTree("{\"response\":{\"post_id\":7}}"))
                .isEmpty());
        assertFalse(VkJsonSchemas.answerProblems(postResponse, JSON.readTree("{\"response\":{}}")).isEmpty(),
                "post_id is required (VK marks it draft-03 style)");
        assertFalse(VkJsonSchemas.answerProblems(postResponse, JSON.readTree("{\"response\":{\"post_id\":\"7\"}}"))
                .isEmpty(), "post_id is an integer");
        assertFalse(VkJsonSchemas.answerProblems(postResponse, JSON.readTree(
                "{\"error\":{\"inner_type\":\"base_error\",\"error_msg\":\"no code\"}}")).isEmpty());
    }

    @Test
    void aPostReadBackFitsTheSchemaWithItsAttachments() throws Exception {
        long post = vk.community().addPost("Пост");
        vk.community().addComment(post, "Комментарий");

        JsonNode answer = call("wall.getById", Map.of("posts", "-" + vk.community().groupId() + "_" + post));

        assertEquals(post, answer.path("response").path("items").path(0).path("id").asLong());
        assertEquals(1, answer.path("response").path("items").path(0).path("comments").path("count").asInt());
        assertTrue(vk.violations().isEmpty(), vk.violations()::toString);
    }

    @Test
    void aRestoredCommentIsShownAgainAndOnlyADeletedOneCanBeRestored() throws Exception {
        FakeCommunity community = vk.community();
        long post = community.addPost("Пост");
        long comment = community.addComment(post, "Удалят и вернут");
        Map<String, String> which = Map.of("owner_id", "-" + community.groupId(), "comment_id",
                String.valueOf(comment));

        assertEquals(243, errorCode(call("wall.restoreComment", which)), "not deleted");
        assertEquals(1, call("wall.deleteComment", which).path("response").asInt());
        assertEquals(List.of(), texts(call("wall.getComments", Map.of("owner_id", "-" + community.groupId(),
                "post_id", String.valueOf(post)))), "a deleted comment without replies vanishes");
        assertEquals(1, call("wall.restoreComment", which).path("response").asInt());

        assertEquals(List.of("Удалят и вернут"), texts(call("wall.getComments", Map.of("owner_id",
                "-" + community.groupId(), "post_id", String.valueOf(post)))));
        assertEquals(104, errorCode(call("wall.restoreComment", Map.of("owner_id", "-" + community.groupId(),
                "comment_id", String.valueOf(comment + 100)))), "a comment VK does not have");
        assertTrue(vk.violations().isEmpty(), vk.violations()::toString);
    }

    @Test
    void aDeletedCommentWithRepliesKeepsItsPlaceWithoutText() throws Exception {
        FakeCommunity community = vk.community();
        long post = community.addPost("Пост");
        long comment = community.addComment(post, "Вопрос");
        community.addReply(comment, "Ответ");

        call("wall.deleteComment", Map.of("owner_id", "-" + community.groupId(), "comment_id",
                String.valueOf(comment)));
        JsonNode shown = call("wall.getComments", Map.of("owner_id", "-" + community.groupId(), "post_id",
                String.valueOf(post), "thread_items_count", "10")).path("response").path("items").path(0);

        assertTrue(shown.path("deleted").asBoolean());
        assertEquals("", shown.path("text").asText());
        assertEquals("Ответ", shown.path("thread").path("items").path(0).path("text").asText());
        assertTrue(vk.violations().isEmpty(), vk.violations()::toString);
    }

    private static List<String> texts(JsonNode answer) {
        return answer.path("response").path("items").findValuesAsText("text");
    }

    private JsonNode call(String method, Map<String, String> params) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("access_token", vk.userToken());
        form.putAll(params);
        form.put("v", "5.199");
        return send(method, form.entrySet().stream().map(entry -> entry.getKey() + "="
                + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")));
    }

    private JsonNode send(String method, String form) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(vk.baseUrl() + "/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "VK answers errors with 200 OK");
        return JSON.readTree(response.body());
    }

    private static int errorCode(JsonNode answer) {
        return answer.path("error").path("error_code").asInt();
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : form.trim().split("&")) {
            params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return params;
    }
}
