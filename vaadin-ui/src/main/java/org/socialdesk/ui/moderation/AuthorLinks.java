package org.socialdesk.ui.moderation;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of a comment's author on their network, for a moderator who wants to see who wrote it. Only ids
 * of the shape each network uses become links: an id is data from the network and must not become any URL.
 */
final class AuthorLinks {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,19}");

    private AuthorLinks() {
    }

    static Optional<String> profile(String network, String authorId) {
        if (network == null || authorId == null || !NUMBER.matcher(authorId.strip()).matches()) {
            return Optional.empty();
        }
        String id = authorId.strip();
        return switch (network) {
            // VK writes communities' ids as negative numbers
            case "vk" -> Optional.of(id.startsWith("-") ? "https://vk.com/club" + id.substring(1)
                    : "https://vk.com/id" + id);
            case "ok" -> id.startsWith("-") ? Optional.empty() : Optional.of("https://ok.ru/profile/" + id);
            // a Telegram user id has no public address; only a user name would
            default -> Optional.empty();
        };
    }
}
