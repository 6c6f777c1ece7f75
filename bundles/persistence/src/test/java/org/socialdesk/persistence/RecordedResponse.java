package org.socialdesk.persistence;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a servlet writes into its response, for the modules' tests that call a servlet's {@code doGet} without a
 * server (the public registry, the calendar feed). Anything else the servlet asks of the response fails the test.
 * Kept in the test-jar every module's tests take {@link InMemoryDatabase} from.
 */
public final class RecordedResponse {

    public int status;
    public final Map<String, String> headers = new LinkedHashMap<>();
    public final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public String text() {
        return body.toString(StandardCharsets.UTF_8);
    }

    /** The response to hand the servlet; what it sets lands in this record. */
    public HttpServletResponse proxy() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(RecordedResponse.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status = (int) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentLength" -> headers.put("Content-Length", args[0].toString());
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
