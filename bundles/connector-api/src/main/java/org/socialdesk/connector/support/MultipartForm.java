package org.socialdesk.connector.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.socialdesk.connector.Media;

/**
 * A multipart/form-data body, the form in which the networks' upload endpoints take media files, with any other
 * parameters as text parts.
 */
public final class MultipartForm {

    private final String boundary = "socialdesk-" + UUID.randomUUID();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public MultipartForm field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
        return this;
    }

    public MultipartForm file(String name, Media media) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + asciiName(media) + "\"\r\nContent-Type: " + media.mimeType() + "\r\n\r\n");
        out.writeBytes(media.content());
        write("\r\n");
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public HttpRequest.BodyPublisher body() {
        ByteArrayOutputStream complete = new ByteArrayOutputStream(out.size() + 64);
        complete.writeBytes(out.toByteArray());
        complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(complete.toByteArray());
    }

    /** Anything beyond ASCII in a header only risks a mangled name; the type travels in the part's Content-Type. */
    private static String asciiName(Media media) {
        return media.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private void write(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
