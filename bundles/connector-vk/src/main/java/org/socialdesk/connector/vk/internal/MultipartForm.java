package org.socialdesk.connector.vk.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.socialdesk.connector.Media;

/** A multipart/form-data body carrying one file, the form VK's upload servers take. */
final class MultipartForm {

    private final String boundary = "socialdesk-" + UUID.randomUUID();
    private final byte[] body;

    MultipartForm(String field, Media media) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(media.content().length + 512);
        write(out, "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + asciiName(media) + "\"\r\n"
                + "Content-Type: " + media.mimeType() + "\r\n\r\n");
        out.writeBytes(media.content());
        write(out, "\r\n--" + boundary + "--\r\n");
        this.body = out.toByteArray();
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher body() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }

    /** VK takes the type from the name's extension; anything beyond ASCII only risks a mangled header. */
    private static String asciiName(Media media) {
        return media.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
