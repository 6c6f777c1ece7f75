package org.socialdesk.connector.ok.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.socialdesk.connector.Poll;
import org.socialdesk.connector.Publication;

/**
 * The {@code attachment} of {@code mediatopic.post}: a JSON object whose {@code media} blocks are shown in order —
 * the text, the photos (by upload token), the poll, and a link block for the first address in the text, which OK
 * turns into a preview card.
 */
final class TopicContent {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private TopicContent() {
    }

    static String attachment(Publication publication, List<String> photoTokens) {
        ObjectNode attachment = JSON.createObjectNode();
        ArrayNode media = attachment.putArray("media");
        if (!publication.text().isEmpty()) {
            media.addObject().put("type", "text").put("text", publication.text());
        }
        if (!photoTokens.isEmpty()) {
            ArrayNode list = media.addObject().put("type", "photo").putArray("list");
            photoTokens.forEach(token -> list.addObject().put("id", token));
        }
        if (publication.poll() != null) {
            Poll poll = publication.poll();
            ObjectNode block = media.addObject().put("type", "poll").put("question", poll.question());
            ArrayNode answers = block.putArray("answers");
            poll.options().forEach(option -> answers.addObject().put("text", option));
            block.put("options", pollOptions(poll));
        }
        firstLink(publication.text()).ifPresent(url -> media.addObject().put("type", "link").put("url", url));
        return attachment.toString();
    }

    /** OK's poll flags, comma-separated as in apiok.ru's ui.postMediatopic example. */
    private static String pollOptions(Poll poll) {
        String choice = poll.multipleAnswers() ? "MultipleChoice" : "SingleChoice";
        return poll.anonymous() ? choice + ",AnonymousVoting" : choice;
    }

    private static Optional<String> firstLink(String text) {
        Matcher link = LINK.matcher(text);
        return link.find() ? Optional.of(link.group().replaceAll("[.,;:!?)»]+$", "")) : Optional.empty();
    }
}
