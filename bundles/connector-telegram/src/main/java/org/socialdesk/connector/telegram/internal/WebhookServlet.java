package org.socialdesk.connector.telegram.internal;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST <public base>/telegram/webhook/<bot id>}: translates between the servlet API and
 * {@link WebhookReceiver}. Registered by {@link TelegramConnector} while the webhook is configured.
 */
final class WebhookServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** An update is a few kilobytes; anything far larger is no update. */
    private static final int MAX_BODY = 1 << 20;

    private final transient WebhookReceiver receiver;

    WebhookServlet(WebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String botId = path == null ? null : path.replaceFirst("^/", "");
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        WebhookReceiver.Answer answer = body.length > MAX_BODY ? WebhookReceiver.Answer.MALFORMED
                : receiver.receive(botId, request.getHeader(WebhookReceiver.SECRET_HEADER), body);
        byte[] text = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(text.length);
        response.getOutputStream().write(text);
    }
}
