package org.socialdesk.connector.vk.fake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the first file of a multipart/form-data body, as VK's upload servers do. */
final class MultipartUpload {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private MultipartUpload() {
    }

    /** The file, or empty when the body is not a multipart form with a file in it. */
    static Optional<FakeCommunity.Upload> read(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (contentType == null || !contentType.startsWith("multipart/form-data") || !boundary.find()) {
            return Optional.empty();
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        if (start < 0) {
            return Optional.empty();
        }
        int headersStart = start + delimiter.length + 2;
        int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
        int next = indexOf(body, ("\r\n--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
        if (headersEnd < 0 || next < 0) {
            return Optional.empty();
        }
        String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
        Matcher name = NAME.matcher(headers);
        Matcher fileName = FILE_NAME.matcher(headers);
        String partType = headers.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
        return Optional.of(new FakeCommunity.Upload(name.find() ? name.group(1) : "",
                fileName.find() ? fileName.group(1) : "", partType, next - (headersEnd + 4)));
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            if (Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
