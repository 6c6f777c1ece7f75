package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.PublishedPost;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;
import org.socialdesk.connector.vk.fake.FakeCommunity;
import org.socialdesk.connector.vk.fake.FakeVk;
import org.socialdesk.core.model.Format;

/** What the connector asks VK to do for each kind of publication, and that it reports only what VK shows. */
class PublishingTest {

    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I'};

    private VkFixture fixture;
    private FakeVk vk;
    private long group;

    @BeforeEach
    void start() throws Exception {
        fixture = new VkFixture();
        vk = fixture.vk;
        group = vk.community().groupId();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void postsAsTheCommunityWithTheKeyAsGuidAndReadsThePostBack() throws ConnectorException {
        PublishedPost post = publish(Publication.text("plan-item/7/account/3", "Приём граждан в пятницу"));

        Map<String, String> sent = vk.calls("wall.post").get(0).params();
        assertEquals(String.valueOf(-group), sent.get("owner_id"));
        assertEquals("1", sent.get("from_group"));
        assertEquals("plan-item/7/account/3", sent.get("guid"));
        assertEquals(List.of("wall.post", "wall.getById"), methods());
        assertEquals(-group + "_" + post.postId(), vk.calls("wall.getById").get(0).params().get("posts"));
        assertEquals("https://vk.com/wall-" + group + "_" + post.postId(), post.url());
    }

    @Test
    void neverReportsAPostVkDoesNotShow() {
        vk.beforeAnswering("wall.getById", () -> vk.community().posts()
                .forEach(post -> vk.community().removePost(post.id())));

        TransientFailure failure = assertThrows(TransientFailure.class,
                () -> publish(Publication.text("key", "Пост, который VK сразу удалил")));

        assertTrue(failure.getMessage().contains("does not show it"), failure::getMessage);
    }

    @Test
    void uploadsAPhotoThroughTheWallUploadServerAsMultipart() throws ConnectorException {
        PublishedPost post = publish(new Publication("key", Format.PHOTO, "Новый ФАП в Алтайском районе",
                List.of(new Media("фап.jpg", "image/jpeg", JPEG, "Здание ФАП")), null, null));

        assertEquals(List.of("photos.getWallUploadServer", "photos.saveWallPhoto", "wall.post", "wall.getById"),
                methods());
        assertEquals(List.of(new FakeCommunity.Upload("photo", "___.jpg", "image/jpeg", JPEG.length)),
                vk.community().uploads());
        Map<String, String> saved = vk.calls("photos.saveWallPhoto").get(0).params();
        assertEquals(String.valueOf(group), saved.get("group_id"));
        assertEquals("Здание ФАП", saved.get("caption"));
        List<String> attachments = vk.community().post(Long.parseLong(post.postId())).orElseThrow().attachments();
        assertEquals(1, attachments.size());
        assertTrue(attachments.get(0).matches("photo-" + group + "_\\d+"), attachments::toString);
    }

    @Test
    void cardsAttachEveryImageInOrder() throws ConnectorException {
        List<Media> slides = List.of(image("1.png"), image("2.png"), image("3.png"));

        PublishedPost post = publish(new Publication("key", Format.CARDS, "Карточки: как записаться к врачу",
                slides, null, null));

        assertEquals(List.of("1.png", "2.png", "3.png"),
                vk.community().uploads().stream().map(FakeCommunity.Upload::fileName).toList());
        String attached = vk.calls("wall.post").get(0).params().get("attachments");
        assertEquals(3, attached.split(",").length);
        assertEquals(vk.community().post(Long.parseLong(post.postId())).orElseThrow().attachments(),
                List.of(attached.split(",")));
    }

    @Test
    void anImageTheUploadServerDoesNotTakeIsRejectedAndNothingIsPosted() {
        Publication empty = new Publication("key", Format.PHOTO, "Пустой файл",
                List.of(new Media("empty.png", "image/png", new byte[0], null)), null, null);

        Rejected rejected = assertThrows(Rejected.class, () -> publish(empty));

        assertTrue(rejected.getMessage().contains("empty.png"), rejected::getMessage);
        assertTrue(vk.calls("wall.post").isEmpty());
    }

    @Test
    void uploadsAVideoThroughVideoSave() throws ConnectorException {
        byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};

        PublishedPost post = publish(new Publication("key", Format.VIDEO, "Видеообращение губернатора",
                List.of(new Media("address.mp4", "video/mp4", mp4, "Обращение")), null, null));

        Map<String, String> saved = vk.calls("video.save").get(0).params();
        assertEquals(String.valueOf(group), saved.get("group_id"));
        assertEquals("0", saved.get("wallpost"), "the connector posts the video itself, with the text");
        assertEquals(List.of(new FakeCommunity.Upload("video_file", "address.mp4", "video/mp4", mp4.length)),
                vk.community().uploads());
        assertTrue(vk.community().post(Long.parseLong(post.postId())).orElseThrow().attachments().get(0)
                .startsWith("video-" + group + "_"));
    }

    @Test
    void createsThePollAndAttachesIt() throws ConnectorException {
        Poll poll = new Poll("Какой маршрут автобуса продлить?", List.of("№ 10", "№ 17", "№ 35"), true, true);

        PublishedPost post = publish(new Publication("key", Format.POLL, "Опрос жителей", List.of(), poll, null));

        Map<String, String> created = vk.calls("polls.create").get(0).params();
        assertEquals("[\"№ 10\",\"№ 17\",\"№ 35\"]", created.get("add_answers"));
        assertEquals("1", created.get("is_anonymous"));
        assertEquals("1", created.get("is_multiple"));
        assertEquals(String.valueOf(-group), created.get("owner_id"));
        String attachment = vk.community().post(Long.parseLong(post.postId())).orElseThrow().attachments().get(0);
        long pollId = Long.parseLong(attachment.substring(attachment.indexOf('_') + 1));
        assertEquals(new FakeCommunity.Poll(pollId, poll.question(), poll.options(), true, true),
                vk.community().poll(pollId).orElseThrow());
    }

    @Test
    void aDelayedPostIsLeftToVkWithPublishDate() throws ConnectorException {
        Instant at = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);

        PublishedPost post = publish(new Publication("key", Format.TEXT, "Анонс", List.of(), null, at));

        assertEquals(String.valueOf(at.getEpochSecond()), vk.calls("wall.post").get(0).params().get("publish_date"));
        assertEquals(at, post.publishedAt());
        assertTrue(vk.community().post(Long.parseLong(post.postId())).orElseThrow().delayed());
    }

    @Test
    void aPublishTimeAlreadyPastPublishesNow() throws ConnectorException {
        publish(new Publication("key", Format.TEXT, "Опоздавший пост", List.of(), null,
                Instant.now().minus(Duration.ofMinutes(5))));

        assertFalse(vk.calls("wall.post").get(0).params().containsKey("publish_date"));
        assertFalse(vk.community().posts().get(0).delayed());
    }

    @Test
    void findsALostDelayedPostAmongTheDelayedOnes() throws ConnectorException {
        Instant at = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MINUTES);
        Publication delayed = new Publication("key", Format.TEXT, "Отложенный и потерянный", List.of(), null, at);
        vk.loseNextAnswerTo("wall.post");
        assertThrows(TransientFailure.class, () -> publish(delayed));

        PublishedPost found = fixture.connector().findPublished(fixture.account(), fixture.credentials(), delayed)
                .orElseThrow();

        assertEquals(at, found.publishedAt());
        assertEquals("postponed", vk.calls("wall.get").get(0).params().get("filter"));
    }

    @Test
    void formatsVkDoesNotTakeAreRejectedWithoutAsking() {
        for (Format format : List.of(Format.ANIMATION, Format.LIVE_STREAM, Format.OTHER)) {
            assertThrows(Rejected.class, () -> publish(new Publication("key", format, "Текст", List.of(), null,
                    null)));
        }
        assertThrows(Rejected.class, () -> publish(new Publication("key", Format.PHOTO, "Фото без фото", List.of(),
                null, null)));
        assertEquals(0, vk.requestsServed());
    }

    private PublishedPost publish(Publication publication) throws ConnectorException {
        return fixture.connector().publish(fixture.account(), fixture.credentials(), publication);
    }

    private List<String> methods() {
        return vk.calls().stream().map(FakeVk.Call::method).toList();
    }

    private static Media image(String name) {
        return new Media(name, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null);
    }
}
