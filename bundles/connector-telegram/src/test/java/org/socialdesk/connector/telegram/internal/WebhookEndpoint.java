package org.socialdesk.connector.telegram.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * This SocialDesk's public address on a loopback port, passing {@code /telegram/webhook/<bot id>} to a connector's
 * {@link WebhookReceiver} as {@link WebhookServlet} does in Karaf.
 */
final class WebhookEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<WebhookReceiver> receiver = new AtomicReference<>();

    WebhookEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(Webhooks.CONTEXT_PATH + Webhooks.SERVLET_PATH + "/", this::answer);
        server.start();
    }

    /** The address to configure, with the trailing slash an administrator would type. */
    String publicBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    void serve(TelegramConnector connector) {
        receiver.set(connector.webhookReceiver());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            WebhookReceiver.Answer answer = receiver.get().receive(path.substring(path.lastIndexOf('/') + 1),
                    exchange.getRequestHeaders().getFirst(WebhookReceiver.SECRET_HEADER),
                    exchange.getRequestBody().readAllBytes());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
