package org.socialdesk.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.Occasion;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.TokenVault;

/**
 * The assembled platform against a fake VK on loopback, end to end through the real connector: an approved plan item
 * is published once by the engine, and an obscene comment is read in, classified, and deleted through the queue.
 * The fake runs in Pax Exam's driver JVM ({@link FakeVkInDriver}); the test inside the container sees it over HTTP
 * only, as the connector does.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PublishingAndModerationTest {

    private static final Caller SYSTEM = Caller.SYSTEM;
    private static final String PUSHED_COMMENT = "Да пошли вы нахуй, опять дороги не чистите";

    @javax.inject.Inject
    private BundleContext bundleContext;

    @Configuration
    public Option[] configuration() throws IOException {
        return Stream.concat(Arrays.stream(SocialDeskContainer.options()), Arrays.stream(FakeVkInDriver.options()))
                .toArray(Option[]::new);
    }

    @Before
    public void waitUntilTheContainerHasSettled() throws Exception {
        SocialDeskContainer.waitUntilSettled(bundleContext);
    }

    @Test
    public void anApprovedPostIsPublishedOnceAndAnObsceneCommentIsDeletedThroughTheQueue() throws Exception {
        OrganisationService organisations = service(OrganisationService.class);
        AccountService accounts = service(AccountService.class);
        TokenVault vault = service(TokenVault.class);
        ContentPlanService plan = service(ContentPlanService.class);
        ModerationQueue moderation = service(ModerationQueue.class);

        String group = System.getProperty("fakevk.group");
        Organisation body = organisations.create(SYSTEM, new Organisation(null,
                "Министерство природных ресурсов Алтайского края", "Минприроды", OrganisationKind.EXECUTIVE_BODY,
                null, null, "Алтайский край", null, false));
        Account account = accounts.create(SYSTEM, new Account(null, body.id(), "vk", "https://vk.com/club" + group,
                group, "Минприроды в VK", AccountState.ACTIVE, false));
        vault.store(SYSTEM, account.id(), "access_token", System.getProperty("fakevk.userToken").toCharArray());
        vault.store(SYSTEM, account.id(), "community_token",
                System.getProperty("fakevk.communityToken").toCharArray());

        String text = "Сегодня в Барнауле открыли новый экологический центр. Приходите в субботу!";
        PlanItem draft = plan.create(SYSTEM, new PlanItem(null, 0, body.id(), PlanItemKind.POST,
                new Occasion(OccasionKind.BODY, "Открытие экоцентра", null, "Барнаул"),
                Instant.now().plusSeconds(3), Format.TEXT, text, List.of(PlanTarget.of(account.id(), null)),
                List.of(), null, null, "admin", null, null, 0));
        plan.submit(SYSTEM, draft.id());
        plan.approve(SYSTEM, draft.id(), "Согласовано");

        waitFor(() -> plan.find(SYSTEM, draft.id()).state() == PlanItemState.PUBLISHED, 60);
        PlanTarget published = plan.find(SYSTEM, draft.id()).targets().get(0);
        assertNotNull(published.postId());
        assertTrue(published.url(), published.url().startsWith("https://vk.com/wall-" + group + "_"));
        assertEquals("VK holds the post once", 1, postsOnVkWith(text));

        waitFor(() -> queued(moderation, body.id()).stream()
                .anyMatch(c -> c.commentId().equals(System.getProperty("fakevk.comment"))), 60);
        QueuedComment comment = queued(moderation, body.id()).get(0);
        assertEquals(CommentCategory.OBSCENE, comment.category());
        assertEquals(64, comment.snapshotSha256().length());

        List<ActionOutcome> deleted = moderation.delete(SYSTEM, List.of(comment.id()));
        assertEquals(ActionOutcome.Result.DONE, deleted.get(0).result());
        assertEquals(CommentStatus.DELETED, moderation.find(SYSTEM, comment.id()).status());
        assertTrue("the comment is gone from VK",
                !commentsOnVk(comment.postId()).contains(FakeVkInDriver.OBSCENE_COMMENT));
        assertEquals("a second delete is answered from the record",
                ActionOutcome.Result.DONE, moderation.delete(SYSTEM, List.of(comment.id())).get(0).result());

        receivesCommentsThatVkPushesThroughTheCallbackApi(vault, moderation, account, body, comment.postId());
    }

    /**
     * The community's administrator stores the Callback API's secret and confirmation code; once the connector has
     * read them (at its next comment poll) VK's confirmation is answered at /vk/callback, and a comment VK pushes is
     * taken (stored before "ok") and reaches the queue.
     */
    private void receivesCommentsThatVkPushesThroughTheCallbackApi(TokenVault vault, ModerationQueue moderation,
            Account account, Organisation body, String postId) throws Exception {
        String group = System.getProperty("fakevk.group");
        vault.store(SYSTEM, account.id(), "callback_secret", "ключ-сообщества-42".toCharArray());
        vault.store(SYSTEM, account.id(), "callback_confirmation_code", "5e1f0c2a".toCharArray());
        String confirmation = "{\"type\":\"confirmation\",\"group_id\":" + group
                + ",\"event_id\":\"c0nf1rm\",\"v\":\"5.199\",\"secret\":\"ключ-сообщества-42\"}";
        waitFor(() -> callback(confirmation).equals("5e1f0c2a"), 60);

        long date = Instant.now().getEpochSecond();
        String pushed = "{\"type\":\"wall_reply_new\",\"group_id\":" + group
                + ",\"event_id\":\"3b1c9d7e\",\"v\":\"5.199\",\"secret\":\"ключ-сообщества-42\",\"object\":"
                + "{\"id\":990001,\"from_id\":700001,\"date\":" + date + ",\"text\":\"" + PUSHED_COMMENT
                + "\",\"post_id\":" + postId + ",\"owner_id\":-" + group + "}}";
        assertEquals("ok", callback(pushed));
        assertEquals("a repeat is acknowledged", "ok", callback(pushed));
        String wrongSecret = pushed.replace("ключ-сообщества-42", "чужой-ключ");
        assertTrue("an event without the secret is refused", !callback(wrongSecret).equals("ok"));

        waitFor(() -> queued(moderation, body.id()).stream().anyMatch(c -> c.commentId().equals("990001")), 60);
        assertEquals("the pushed comment is queued once", 1, queued(moderation, body.id()).stream()
                .filter(c -> c.commentId().equals("990001")).count());
    }

    /** POSTs an event to the container's /vk/callback as VK does, and returns the answer's body. */
    private static String callback(String event) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("socialdesk.httpPort") + "/vk/callback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static List<QueuedComment> queued(ModerationQueue moderation, long organisationId) {
        return moderation.list(SYSTEM, new QueueQuery(organisationId, null, Set.of(CommentCategory.OBSCENE),
                Set.of(CommentStatus.NEW), 0, 0, 50));
    }

    private static long postsOnVkWith(String text) throws Exception {
        String wall = vkMethod("wall.get", Map.of("domain", "club" + System.getProperty("fakevk.group"),
                "count", "100"));
        // the fake writes Cyrillic as it is, and the test's texts hold nothing JSON escapes
        return wall.split(Pattern.quote("\"text\":\"" + text + "\""), -1).length - 1;
    }

    private static String commentsOnVk(String postId) throws Exception {
        return vkMethod("wall.getComments", Map.of("owner_id", "-" + System.getProperty("fakevk.group"),
                "post_id", postId, "count", "100"));
    }

    private static String vkMethod(String method, Map<String, String> params) throws Exception {
        String body = Stream.concat(params.entrySet().stream(), Stream.of(
                Map.entry("access_token", System.getProperty("fakevk.userToken")), Map.entry("v", "5.199")))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(System.getProperty("fakevk.baseUrl") + "/" + method))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(bundleContext, type, null);
        tracker.open();
        T service = tracker.waitForService(TimeUnit.SECONDS.toMillis(60));
        assertNotNull(type.getSimpleName() + " is registered", service);
        return service;
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void waitFor(Condition condition, int seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.met()) {
            assertTrue("condition not met within " + seconds + " s", System.nanoTime() < deadline);
            Thread.sleep(200);
        }
    }
}
