package org.socialdesk.connector.vk.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST <public base>/vk/callback}: translates between the servlet API and {@link Callbacks}. Registered by
 * {@link VkConnector} while the Callback API is turned on.
 */
final class CallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** An event is a few kilobytes; anything far larger is no event. */
    private static final int MAX_BODY = 1 << 20;

    private final transient Callbacks callbacks;

    CallbackServlet(Callbacks callbacks) {
        this.callbacks = callbacks;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        CallbackReceiver.Answer answer = body.length > MAX_BODY ? CallbackReceiver.Answer.MALFORMED
                : callbacks.receive(body);
        byte[] text = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
