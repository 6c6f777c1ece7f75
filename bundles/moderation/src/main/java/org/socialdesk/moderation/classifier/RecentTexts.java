package org.socialdesk.moderation.classifier;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.socialdesk.moderation.classifier.internal.Fingerprint;

/**
 * The texts recently posted, so that the classifier can see the same text arriving from many authors (a spam
 * run) or again and again. Ingest classifies each new comment, then feeds it with {@link #remember}, so that
 * a text is compared with the ones before it; the classifier only reads. Keeps the most recently seen
 * {@code capacity} distinct texts; thread-safe.
 */
public final class RecentTexts {

    /** Enough to tell a spam run apart without keeping every author of a viral text. */
    private static final int MAX_AUTHORS_KEPT = 16;

    private final Map<Long, Seen> texts;

    public RecentTexts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.texts = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Seen> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Records that {@code message} was posted; texts too short to tell copying from coincidence are skipped. */
    public void remember(Message message) {
        long fingerprint = Fingerprint.of(message.text());
        if (fingerprint == 0) {
            return;
        }
        synchronized (texts) {
            Seen seen = texts.computeIfAbsent(fingerprint, f -> new Seen());
            seen.times++;
            if (message.authorId() != null && seen.authors.size() < MAX_AUTHORS_KEPT) {
                seen.authors.add(message.authorId());
            }
        }
    }

    /**
     * How often a text was seen recently.
     *
     * @param otherAuthors authors other than this message's author who posted the same text
     * @param times        postings of the same text by anyone
     */
    public record Repetition(int otherAuthors, int times) {
        public static final Repetition NONE = new Repetition(0, 0);
    }

    /** How often the text of {@code message} was seen before, by its author and by others. */
    public Repetition repetition(Message message) {
        long fingerprint = Fingerprint.of(message.text());
        if (fingerprint == 0) {
            return Repetition.NONE;
        }
        synchronized (texts) {
            Seen seen = texts.get(fingerprint);
            if (seen == null) {
                return Repetition.NONE;
            }
            int others = seen.authors.size() - (seen.authors.contains(message.authorId()) ? 1 : 0);
            return new Repetition(others, seen.times);
        }
    }

    private static final class Seen {
        final Set<String> authors = new HashSet<>();
        int times;
    }
}
