package org.socialdesk.connector.telegram.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.socialdesk.connector.Limits;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.Rejected;
import org.socialdesk.core.model.Format;

/**
 * What the Bot API takes in a channel post, checked before any request so that a post Telegram would refuse is
 * {@link Rejected} without touching the network. Lengths are counted in UTF-16 units, as Telegram counts them for
 * entities; for text outside the Basic Multilingual Plane this errs on the safe side.
 */
final class ChannelPostRules {

    /** Formats the Bot API methods sendMessage, sendPhoto, sendVideo, sendMediaGroup and sendPoll cover. */
    static final Set<Format> FORMATS = EnumSet.of(Format.TEXT, Format.PHOTO, Format.INFOGRAPHICS, Format.CARDS,
            Format.VIDEO, Format.POLL);

    static final int TEXT_LENGTH = 4096;
    static final int CAPTION_LENGTH = 1024;
    /** sendMediaGroup takes 2 to 10 items; one item goes through sendPhoto or sendVideo. */
    static final int ATTACHMENTS = 10;
    static final long PHOTO_BYTES = 10L << 20;
    static final long FILE_BYTES = 50L << 20;
    static final int POLL_OPTIONS = 12;
    static final int POLL_QUESTION_LENGTH = 300;
    static final int POLL_OPTION_LENGTH = 100;
    /** sendPoll's description, which carries the publication's text. */
    static final int POLL_DESCRIPTION_LENGTH = 1024;

    private final Clock clock;

    ChannelPostRules(Clock clock) {
        this.clock = clock;
    }

    static Limits limits(double requestsPerSecond) {
        return new Limits(TEXT_LENGTH, CAPTION_LENGTH, ATTACHMENTS, FILE_BYTES, POLL_OPTIONS, requestsPerSecond);
    }

    void check(Publication publication) throws Rejected {
        Format format = publication.format();
        if (!FORMATS.contains(format)) {
            throw new Rejected("the Telegram connector does not publish " + format + "; it publishes " + FORMATS);
        }
        // bots cannot schedule a message: a delayed post is the core's scheduler's to hold until its time
        if (publication.publishAt() != null && publication.publishAt().isAfter(clock.instant())) {
            throw new Rejected("Telegram bots cannot schedule posts; the core's scheduler must hold this one until "
                    + publication.publishAt());
        }
        switch (format) {
            case TEXT -> checkText(publication.text());
            case POLL -> checkPoll(publication.poll(), publication.text());
            default -> checkMedia(publication);
        }
    }

    private static void checkText(String text) throws Rejected {
        if (text.isBlank()) {
            throw new Rejected("a Telegram message needs text");
        }
        atMost(text, TEXT_LENGTH, "the message text");
    }

    private static void checkMedia(Publication publication) throws Rejected {
        int count = publication.media().size();
        if (count < 1 || count > ATTACHMENTS) {
            throw new Rejected("a Telegram post carries 1 to " + ATTACHMENTS + " photos or videos, not " + count);
        }
        atMost(publication.text(), CAPTION_LENGTH, "the caption");
        for (Media media : publication.media()) {
            boolean photo = media.mimeType().startsWith("image/") && !media.mimeType().equals("image/gif");
            if (!photo && !media.isVideo()) {
                throw new Rejected(media.fileName() + " (" + media.mimeType() + ") is neither a photo nor a video");
            }
            long most = photo ? PHOTO_BYTES : FILE_BYTES;
            if (media.content().length > most) {
                throw new Rejected(media.fileName() + " is larger than the " + (most >> 20) + " MB a bot may upload");
            }
        }
        if (publication.format() == Format.VIDEO && publication.media().stream().noneMatch(Media::isVideo)) {
            throw new Rejected("a video publication carries no video");
        }
    }

    private static void checkPoll(Poll poll, String text) throws Rejected {
        if (poll == null) {
            throw new Rejected("a poll publication carries no poll");
        }
        if (poll.question().isBlank()) {
            throw new Rejected("a Telegram poll needs a question");
        }
        atMost(poll.question(), POLL_QUESTION_LENGTH, "the poll question");
        int options = poll.options().size();
        if (options < 1 || options > POLL_OPTIONS) {
            throw new Rejected("a Telegram poll has 1 to " + POLL_OPTIONS + " options, not " + options);
        }
        for (String option : poll.options()) {
            if (option.isBlank()) {
                throw new Rejected("a poll option is empty");
            }
            atMost(option, POLL_OPTION_LENGTH, "the poll option '" + option + "'");
        }
        atMost(text, POLL_DESCRIPTION_LENGTH, "the poll's description (the publication text)");
    }

    private static void atMost(String text, int most, String what) throws Rejected {
        if (text.length() > most) {
            throw new Rejected(what + " has " + text.length() + " characters; Telegram takes at most " + most);
        }
    }
}
