package org.socialdesk.connector.testkit;

import java.util.List;
import java.util.stream.IntStream;
import org.socialdesk.connector.Media;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;
import org.socialdesk.core.model.Format;

/** One plausible publication of each format, with the number of attachments the network should end up holding. */
final class SamplePublications {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d};
    private static final byte[] GIF = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0};
    private static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2'};

    private SamplePublications() {
    }

    static Publication of(Format format, String key, String text) {
        return switch (format) {
            case PHOTO, INFOGRAPHICS -> withMedia(format, key, text, List.of(image(1)));
            case CARDS -> withMedia(format, key, text, IntStream.rangeClosed(1, 3).mapToObj(SamplePublications::image)
                    .toList());
            case ANIMATION -> withMedia(format, key, text,
                    List.of(new Media("animation.gif", "image/gif", GIF, "Анимация")));
            case VIDEO -> withMedia(format, key, text, List.of(new Media("clip.mp4", "video/mp4", MP4, "Видео")));
            case POLL -> new Publication(key, format, text, List.of(),
                    new Poll("Где открыть новый ФАП?", List.of("Алтайское", "Белокуриха", "Бийск"), false, false),
                    null);
            default -> new Publication(key, format, text, List.of(), null, null);
        };
    }

    static int attachmentsOf(Publication publication) {
        return publication.media().size() + (publication.poll() == null ? 0 : 1);
    }

    private static Publication withMedia(Format format, String key, String text, List<Media> media) {
        return new Publication(key, format, text, media, null, null);
    }

    private static Media image(int number) {
        return new Media("slide-" + number + ".png", "image/png", PNG, "Слайд " + number);
    }
}
