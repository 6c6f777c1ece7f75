package org.socialdesk.moderation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.security.Caller;

/** A saved list applies to the next comment read from the organisation's accounts, without a restart. */
class OrganisationWordsIngestTest extends ModerationFixture.PerTest {

    @Test
    void anAllowedPlaceNameStopsBeingFlaggedAndABannedWordIsFlagged() {
        OrganisationWordsServiceImpl words = new OrganisationWordsServiceImpl(fixture.database, fixture.audit,
                new String[0], new String[0], Clock.systemUTC());
        assertEquals(CommentCategory.OBSCENE, categoryOf("Вчера был в Хуйдане, дороги ужасные"));
        assertEquals(CommentCategory.CLEAN, categoryOf("Этот бюрократище опять ничего не решил"));

        OrganisationWords saved = words.save(ModerationFixture.MODERATOR_A, new OrganisationWords(
                ModerationFixture.ORG_A, 0, List.of("бюрократище"), List.of("Хуйдан*"), null, null));

        assertEquals(CommentCategory.CLEAN, categoryOf("Сегодня снова в Хуйдане, дороги всё те же"));
        assertEquals(CommentCategory.INSULT, categoryOf("Другой бюрократище тоже ничего не решил"));

        words.save(Caller.SYSTEM, new OrganisationWords(ModerationFixture.ORG_A, saved.version(), List.of(),
                List.of("Хуйдан*"), null, null));

        assertEquals(CommentCategory.CLEAN, categoryOf("Третий бюрократище и тот ничего не решил"));
        assertEquals(CommentCategory.CLEAN, categoryOf("В Хуйдане наконец отремонтировали дорогу"));
    }

    /** Writes the comment on the fake VK and reads it in through ingest: the category stored for it. */
    private CommentCategory categoryOf(String text) {
        fixture.comment(text);
        return CommentCategory.valueOf(fixture.stored(text).getCategory());
    }
}
