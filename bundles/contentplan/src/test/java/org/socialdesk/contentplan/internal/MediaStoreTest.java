package org.socialdesk.contentplan.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;

class MediaStoreTest {

    @TempDir
    static Path data;

    private final PlanFixture fixture = new PlanFixture(data);
    private final MediaStoreImpl media = new MediaStoreImpl(fixture.database, fixture.audit);
    private final Caller editor = PlanFixture.editor(fixture.ministry);

    @Test
    void aStoredFileComesBackWithItsChecksum() {
        byte[] bytes = "фото".getBytes(StandardCharsets.UTF_8);
        Attachment stored = media.store(editor, fixture.ministry, " plakat.png ", "image/png", bytes, " Плакат ");
        assertEquals("plakat.png", stored.fileName());
        assertEquals("Плакат", stored.altText());
        assertEquals(bytes.length, stored.size());
        assertEquals(MediaFiles.sha256(bytes), stored.sha256());
        assertArrayEquals(bytes, media.content(editor, stored.mediaId()));
        long audited = fixture.database.read(em -> em.createQuery("SELECT COUNT(e) FROM AuditEntryEntity e "
                + "WHERE e.action = 'MEDIA_STORED'", Long.class).getSingleResult());
        assertEquals(1, audited);
    }

    @Test
    void anotherOrganisationsEditorNeitherStoresNorReads() {
        Attachment stored = media.store(editor, fixture.ministry, "a.png", "image/png", new byte[] {1}, null);
        Caller other = PlanFixture.editor(fixture.government);
        assertThrows(AccessDeniedException.class, () -> media.content(other, stored.mediaId()));
        assertThrows(AccessDeniedException.class, () -> media.store(other, fixture.ministry, "b.png", "image/png",
                new byte[] {1}, null));
    }

    @Test
    void anEmptyOrUntypedFileIsRefused() {
        assertEquals("content", assertThrows(PlanValidationException.class, () -> media.store(editor,
                fixture.ministry, "a.png", "image/png", new byte[0], null)).field());
        assertEquals("mimeType", assertThrows(PlanValidationException.class, () -> media.store(editor,
                fixture.ministry, "a.png", "png", new byte[] {1}, null)).field());
    }

    @Test
    void aFileWhoseBytesNoLongerMatchItsChecksumIsRefused() {
        Attachment stored = media.store(editor, fixture.ministry, "a.png", "image/png", new byte[] {1, 2}, null);
        fixture.database.write(em -> {
            em.createNativeQuery("UPDATE SD_MEDIA SET CONTENT = ?").setParameter(1, new byte[] {1, 3})
                    .executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll();
            return null;
        });
        assertThrows(IllegalStateException.class, () -> media.content(editor, stored.mediaId()));
    }
}
