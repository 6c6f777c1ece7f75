package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.CommentRef;
import org.socialdesk.connector.NetworkComment;
import org.socialdesk.connector.vk.fake.VkJsonSchemas;

/** Events as VK's Callback API sends them; each one the test sends is first checked against VK's schema. */
class CallbackReceiverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long GROUP = 218_305_117;
    private static final String SECRET = "s3cr3t-from-the-settings-page";
    private static final Map<String, String> OBJECT_SCHEMAS = Map.of(
            "wall_reply_new", "callback_wall_reply_new",
            "wall_reply_delete", "callback_wall_comment_delete",
            "user_block", "callback_user_block",
            "group_officers_edit", "callback_group_officers_edit");

    private final List<CallbackEvent> events = new ArrayList<>();
    private final CallbackReceiver receiver = new CallbackReceiver(new Community(GROUP), "a1b2c3d4", SECRET,
            events::add);

    @Test
    void answersTheConfirmationWithTheCode() {
        ObjectNode confirmation = event("confirmation", null);
        confirmation.remove("event_id");
        confirmation.remove("secret");
        confirmation.put("secret", SECRET);

        assertEquals(new CallbackReceiver.Answer(200, "a1b2c3d4"), receive(confirmation));
        assertTrue(events.isEmpty());
    }

    @Test
    void aNewCommentArrives() {
        assertEquals(CallbackReceiver.Answer.RECEIVED, receive(event("wall_reply_new", Map.of("id", 77,
                "from_id", 500123, "post_id", 12, "owner_id", -GROUP, "date", 1_770_000_000, "text", "Вопрос",
                "reply_to_comment", 70, "parents_stack", List.of(70)))));

        assertEquals(List.of(new CallbackEvent.CommentArrived(new NetworkComment(new CommentRef("12", "77"), "500123",
                null, "Вопрос", Instant.ofEpochSecond(1_770_000_000), "70",
                "https://vk.com/wall-" + GROUP + "_12?reply=77"))), events);
    }

    @Test
    void theCommunitysOwnCommentIsAcknowledgedButNotPassedOn() {
        assertEquals(CallbackReceiver.Answer.RECEIVED, receive(event("wall_reply_new", Map.of("id", 78,
                "from_id", -GROUP, "post_id", 12, "date", 1_770_000_000, "text", "Ответ сообщества"))));

        assertTrue(events.isEmpty());
    }

    @Test
    void deletionsRestrictionsAndAdministratorChanges() {
        receive(event("wall_reply_delete", Map.of("owner_id", -GROUP, "id", 77, "user_id", 1000, "post_id", 12)));
        receive(event("user_block", Map.of("admin_id", 1000, "user_id", 500123, "unblock_date", 0, "reason", 1,
                "comment", "Спам")));
        receive(event("group_officers_edit", Map.of("admin_id", 1000, "user_id", 600, "level_old", 3,
                "level_new", 0)));

        assertEquals(List.of(
                new CallbackEvent.CommentDeleted(new CommentRef("12", "77"), "1000"),
                new CallbackEvent.UserRestricted("500123", "1000", null, 1, "Спам"),
                new CallbackEvent.AdministratorsChanged("600", "1000", 3, 0)), events);
    }

    @Test
    void anEventVkSendsAgainIsPassedOnOnce() {
        ObjectNode event = event("wall_reply_delete", Map.of("owner_id", -GROUP, "id", 77, "user_id", 1000,
                "post_id", 12));

        assertEquals(CallbackReceiver.Answer.RECEIVED, receive(event));
        assertEquals(CallbackReceiver.Answer.RECEIVED, receive(event));

        assertEquals(1, events.size());
    }

    @Test
    void aListenerThatFailsMakesVkSendItAgain() {
        List<CallbackEvent> handled = new ArrayList<>();
        int[] attempts = {0};
        CallbackReceiver flaky = new CallbackReceiver(new Community(GROUP), "code", SECRET, event -> {
            if (attempts[0]++ == 0) {
                throw new IllegalStateException("database restarting");
            }
            handled.add(event);
        });
        String event = event("user_block", Map.of("admin_id", 1000, "user_id", 5, "unblock_date", 1_780_000_000,
                "reason", 2)).toString();

        assertEquals(CallbackReceiver.Answer.NOT_HANDLED, flaky.receive(event));
        assertEquals(CallbackReceiver.Answer.RECEIVED, flaky.receive(event));

        assertEquals(List.of(new CallbackEvent.UserRestricted("5", "1000", Instant.ofEpochSecond(1_780_000_000), 2,
                null)), handled);
    }

    @Test
    void refusesAWrongSecretAnotherCommunityAndNonsense() {
        ObjectNode wrongSecret = event("wall_reply_delete", Map.of("owner_id", -GROUP, "id", 1, "user_id", 1,
                "post_id", 1));
        wrongSecret.put("secret", "guess");
        ObjectNode otherCommunity = event("wall_reply_delete", Map.of("owner_id", -1, "id", 1, "user_id", 1,
                "post_id", 1));
        otherCommunity.put("group_id", 1);

        assertEquals(CallbackReceiver.Answer.REFUSED, receiver.receive(wrongSecret.toString()));
        assertEquals(CallbackReceiver.Answer.REFUSED, receiver.receive(otherCommunity.toString()));
        assertEquals(CallbackReceiver.Answer.MALFORMED, receiver.receive("{\"type\":"));
        assertTrue(events.isEmpty());
    }

    @Test
    void eventsSocialDeskDoesNotUseAreAcknowledged() {
        assertEquals(CallbackReceiver.Answer.RECEIVED, receive(event("group_join", null)));
        assertTrue(events.isEmpty());
    }

    private CallbackReceiver.Answer receive(ObjectNode event) {
        return receiver.receive(event.toString());
    }

    /** An event as VK sends it, checked against VK's schema before the receiver sees it. */
    private static ObjectNode event(String type, Map<String, Object> object) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", type);
        event.put("group_id", GROUP);
        event.put("event_id", Integer.toHexString(type.hashCode()) + "-" + (object == null ? 0 : object.hashCode()));
        event.put("v", "5.199");
        event.put("secret", SECRET);
        if (object != null) {
            event.set("object", JSON.valueToTree(object));
        }
        assertValid("callback/objects.json#/definitions/callback_base", event);
        if (OBJECT_SCHEMAS.containsKey(type)) {
            assertValid("callback/objects.json#/definitions/" + OBJECT_SCHEMAS.get(type), event.get("object"));
        }
        return event;
    }

    private static void assertValid(String schema, JsonNode json) {
        List<String> problems = VkJsonSchemas.problems(schema, json);
        assertTrue(problems.isEmpty(), () -> json + " breaks VK's schema: " + problems);
    }
}
