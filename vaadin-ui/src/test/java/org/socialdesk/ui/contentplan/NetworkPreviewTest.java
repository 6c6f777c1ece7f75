package org.socialdesk.ui.contentplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.Limits;

class NetworkPreviewTest {

    private static final Limits LIMITS = new Limits(20, 10, 2, 1000, 10, 3);

    @Test
    void aTextWithinTheLimitIsNotCut() {
        NetworkPreview preview = NetworkPreview.of("Короткий пост", List.of(), LIMITS);
        assertEquals(-1, preview.cutAt());
        assertEquals(20, preview.limit());
        assertFalse(preview.caption());
        assertTrue(preview.fits());
    }

    @Test
    void aLongTextIsCutAtTheLimit() {
        String text = "Открыли новую школу в Бийске";
        NetworkPreview preview = NetworkPreview.of(text, List.of(), LIMITS);
        assertEquals(20, preview.cutAt());
        assertEquals(text.length(), preview.length());
        assertFalse(preview.fits());
    }

    @Test
    void withMediaTheCaptionLimitApplies() {
        NetworkPreview preview = NetworkPreview.of("Двенадцать з", List.of(new NetworkPreview.File("a.jpg", 10)),
                LIMITS);
        assertTrue(preview.caption());
        assertEquals(10, preview.limit());
        assertEquals(10, preview.cutAt());
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        // the limit falls between the two halves of 😀
        String text = "123456789\uD83D\uDE00abc";
        assertEquals(9, NetworkPreview.cutAt(text, 10));
        assertEquals(11, NetworkPreview.cutAt(text, 11));
    }

    @Test
    void tooManyOrTooLargeFilesAreReported() {
        List<NetworkPreview.File> files = List.of(new NetworkPreview.File("a.jpg", 100),
                new NetworkPreview.File("big.mp4", 5000), new NetworkPreview.File("c.jpg", 1000));
        NetworkPreview preview = NetworkPreview.of("ok", files, LIMITS);
        assertEquals(3, preview.attachments());
        assertEquals(2, preview.maxAttachments());
        assertEquals(List.of("big.mp4"), preview.tooLarge());
        assertFalse(preview.fits());
    }
}
