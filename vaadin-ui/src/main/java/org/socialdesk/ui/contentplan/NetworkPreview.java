package org.socialdesk.ui.contentplan;

import java.util.List;
import org.socialdesk.connector.Limits;

/**
 * How one network would take the text and attachments of an item: with media the text is a caption, which
 * networks limit more tightly than a plain post.
 *
 * @param length         characters of the text, counted as the connectors count them (UTF-16 units)
 * @param limit          the text or caption limit that applies
 * @param caption        whether the text goes out as a caption of media
 * @param cutAt          index of the first character the network would not take, or {@code -1} when it all fits
 * @param attachments    files attached
 * @param maxAttachments files the network takes in one post
 * @param tooLarge       names of files larger than the network accepts
 */
record NetworkPreview(int length, int limit, boolean caption, int cutAt, int attachments, int maxAttachments,
        List<String> tooLarge) {

    /** A file as the preview needs it. */
    record File(String name, long size) {
    }

    static NetworkPreview of(String text, List<File> files, Limits limits) {
        boolean caption = !files.isEmpty();
        int limit = caption ? limits.captionLength() : limits.textLength();
        List<String> tooLarge = files.stream().filter(file -> file.size() > limits.attachmentBytes())
                .map(File::name).toList();
        return new NetworkPreview(text.length(), limit, caption, cutAt(text, limit), files.size(),
                limits.attachments(), tooLarge);
    }

    /** A cut never splits a surrogate pair (an emoji), which would leave half a character behind. */
    static int cutAt(String text, int limit) {
        if (text.length() <= limit) {
            return -1;
        }
        int cut = Math.max(limit, 0);
        return cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1)) ? cut - 1 : cut;
    }

    boolean fits() {
        return cutAt < 0 && attachments <= maxAttachments && tooLarge.isEmpty();
    }
}
