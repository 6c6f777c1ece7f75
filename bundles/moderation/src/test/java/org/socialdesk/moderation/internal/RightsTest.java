package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ModerationStats;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.RestrictionRequest;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;

/** Who may read and who may act in organisation 1's queue; a refused action never reaches the network. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RightsTest {

    private static final Caller PRESS = new Caller("press", Map.of(Role.PRESS_OFFICE, Set.of()));

    private ModerationFixture fixture;
    private long comment;

    @BeforeAll
    void start(@TempDir Path data) throws Exception {
        fixture = new ModerationFixture(data);
        comment = fixture.comment("Ты дебил и урод");
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @Test
    void aModeratorOfAnotherOrganisationNeitherSeesNorActs() {
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.delete(ModerationFixture.MODERATOR_B, List.of(comment)));
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.restrictAuthor(ModerationFixture.MODERATOR_B, List.of(comment),
                        new RestrictionRequest(Duration.ofDays(1), CommentCategory.INSULT, null)));
        assertThrows(AccessDeniedException.class, () -> fixture.queue.find(ModerationFixture.MODERATOR_B, comment));
        assertThrows(AccessDeniedException.class, () -> fixture.queue.list(ModerationFixture.MODERATOR_B,
                QueueQuery.open(ModerationFixture.ORG_A, 10)));
        assertEquals(List.of(), fixture.queue.list(ModerationFixture.MODERATOR_B, QueueQuery.open(null, 10)));
        assertEquals(0, fixture.vk.calls("wall.deleteComment").size() + fixture.vk.calls("groups.ban").size());
    }

    @Test
    void anAuditorReadsEverythingAndChangesNothing() {
        assertEquals(1, fixture.queue.count(ModerationFixture.AUDITOR, QueueQuery.open(null, 10)));
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.delete(ModerationFixture.AUDITOR, List.of(comment)));
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.keep(ModerationFixture.AUDITOR, List.of(comment)));
        assertEquals(CommentStatus.NEW, fixture.queue.find(ModerationFixture.AUDITOR, comment).status());
    }

    @Test
    void anEditorReadsItsOrganisationsQueueButDoesNotDeleteOrKeep() {
        assertEquals(1, fixture.queue.count(ModerationFixture.EDITOR_A, QueueQuery.open(ModerationFixture.ORG_A,
                10)));
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.delete(ModerationFixture.EDITOR_A, List.of(comment)));
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.keep(ModerationFixture.EDITOR_A, List.of(comment)));
    }

    @Test
    void aBulkActionWithOneForbiddenCommentIsRefusedWhole() {
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.keep(ModerationFixture.MODERATOR_B, List.of(comment)));
        assertEquals(CommentStatus.NEW, fixture.queue.find(PRESS, comment).status());
    }

    @Test
    void statsCountWhatTheCallerMaySee() {
        Instant now = Instant.now();
        ModerationStats stats = fixture.queue.stats(PRESS, null, now.minus(Duration.ofDays(1)),
                now.plusSeconds(60));
        assertEquals(1, stats.ingested());
        assertEquals(Map.of(CommentCategory.INSULT, 1L), stats.byCategory());
        assertEquals(Map.of(CommentStatus.NEW, 1L), stats.byStatus());
        assertEquals(0, fixture.queue.stats(ModerationFixture.MODERATOR_B, null, null, null).ingested());
        assertThrows(AccessDeniedException.class,
                () -> fixture.queue.stats(ModerationFixture.MODERATOR_B, ModerationFixture.ORG_A, null, null));
    }
}
