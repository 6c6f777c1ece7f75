package org.socialdesk.connector.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a multipart/form-data body, as the Bot API reads uploads: text fields and files. */
record MultipartBody(Map<String, String> fields, Map<String, FakeFile> files) {

    record FakeFile(String fileName, String contentType, int bytes) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    static MultipartBody read(String contentType, byte[] body) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw new IllegalArgumentException("no boundary in " + contentType);
        }
        byte[] delimiter = ("--" + boundary.group(1)).getBytes(StandardCharsets.ISO_8859_1);
        byte[] headerEnd = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, FakeFile> files = new LinkedHashMap<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0 && !startsWith(body, start + delimiter.length, "--")) {
            int headersStart = start + delimiter.length + 2;
            int headersEnd = indexOf(body, headerEnd, headersStart);
            int next = indexOf(body, delimiter, headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw new IllegalArgumentException("a part is cut short");
            }
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int contentEnd = next - 2;
            Matcher name = NAME.matcher(headers);
            Matcher fileName = FILE_NAME.matcher(headers);
            if (!name.find()) {
                throw new IllegalArgumentException("a part has no name: " + headers);
            }
            if (fileName.find()) {
                String type = headers.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                        .map(line -> line.substring("content-type:".length()).trim()).findFirst().orElse("");
                files.put(name.group(1), new FakeFile(fileName.group(1), type, contentEnd - contentStart));
            } else {
                fields.put(name.group(1), new String(body, contentStart, contentEnd - contentStart,
                        StandardCharsets.UTF_8));
            }
            start = next;
        }
        return new MultipartBody(fields, files);
    }

    private static boolean startsWith(byte[] data, int at, String text) {
        byte[] pattern = text.getBytes(StandardCharsets.ISO_8859_1);
        return at + pattern.length <= data.length && Arrays.equals(data, at, at + pattern.length, pattern, 0,
                pattern.length);
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
