package org.socialdesk.contentplan.style;

import java.util.List;
import java.util.Objects;

/**
 * What the editor is writing, with what the linter needs to know about where it goes. Deliberately plain
 * (ints and strings) so the linter depends on no other SocialDesk module: the caller takes the limits from
 * the target accounts' connector capabilities.
 *
 * @param text   the post text as typed
 * @param limits maximum length of each target network
 * @param images attached images with their alt texts
 */
public record Draft(String text, List<NetworkLimit> limits, List<Image> images) {

    public Draft {
        Objects.requireNonNull(text, "text");
        limits = List.copyOf(limits);
        images = List.copyOf(images);
    }

    /** A draft with no target networks and no images yet. */
    public static Draft of(String text) {
        return new Draft(text, List.of(), List.of());
    }

    /**
     * @param network   display name of the network, used in the message (e.g. "ВКонтакте")
     * @param maxLength maximum number of chars (UTF-16 code units, as {@link String#length()})
     */
    public record NetworkLimit(String network, int maxLength) {
        public NetworkLimit {
            Objects.requireNonNull(network, "network");
            if (maxLength <= 0) {
                throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
            }
        }
    }

    /**
     * @param name    file name shown to the editor
     * @param altText description for screen readers; null or blank when missing
     */
    public record Image(String name, String altText) {
        public Image {
            Objects.requireNonNull(name, "name");
        }

        boolean hasAltText() {
            return altText != null && !altText.isBlank();
        }
    }
}
