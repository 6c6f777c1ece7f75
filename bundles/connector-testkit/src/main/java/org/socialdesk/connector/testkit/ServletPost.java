package org.socialdesk.connector.testkit;

import jakarta.servlet.ReadListener;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One POST handed straight to a connector's push receiver (a webhook or callback servlet), without a server: the
 * request offers its path, headers and body, the response takes a status and a body, and anything else the servlet
 * asks for fails the test, so that a receiver stays within what it is known to need.
 */
public final class ServletPost {

    /** What the servlet answered. */
    public record Answer(int status, String body) {
    }

    private ServletPost() {
    }

    /** @param pathInfo the path after the servlet's own, or {@code null} */
    public static Answer post(Servlet servlet, String pathInfo, Map<String, String> headers, String body)
            throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger status = new AtomicInteger(HttpServletResponse.SC_OK);
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(ServletPost.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMethod" -> "POST";
                    case "getPathInfo" -> pathInfo;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getInputStream" -> input(in);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(
                ServletPost.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    case "setContentType", "setContentLength" -> null;
                    case "getOutputStream" -> output(out);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        try {
            servlet.service(request, response);
        } catch (ServletException e) {
            throw new IOException(e);
        }
        return new Answer(status.get(), out.toString(StandardCharsets.UTF_8));
    }

    private static ServletInputStream input(ByteArrayInputStream in) {
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return in.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static ServletOutputStream output(ByteArrayOutputStream out) {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
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
    }
}
