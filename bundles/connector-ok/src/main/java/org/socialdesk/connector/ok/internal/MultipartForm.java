package org.socialdesk.connector.ok.internal;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.socialdesk.connector.Media;

/** A multipart/form-data body with the photos as {@code pic1}, {@code pic2}, …, the form OK's upload server takes. */
final class MultipartForm {

    private final String boundary = "socialdesk-" + UUID.randomUUID();
    private final byte[] body;

    MultipartForm(List<Media> photos) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < photos.size(); i++) {
            Media photo = photos.get(i);
            write(out, "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"pic" + (i + 1) + "\"; filename=\""
                    + asciiName(photo) + "\"\r\n"
                    + "Content-Type: " + photo.mimeType() + "\r\n\r\n");
            out.writeBytes(photo.content());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        this.body = out.toByteArray();
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher body() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }

    /** Anything beyond ASCII in a header only risks a mangled name; the type travels in Content-Type. */
    private static String asciiName(Media media) {
        return media.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
