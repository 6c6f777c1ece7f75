package org.socialdesk.connector.vk.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * This SocialDesk's public address on a loopback port, passing {@code /vk/callback} to a connector's
 * {@link Callbacks} as {@link CallbackServlet} does in Karaf.
 */
final class CallbackEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final AtomicReference<Callbacks> callbacks = new AtomicReference<>();

    CallbackEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(Callbacks.CONTEXT_PATH + Callbacks.SERVLET_PATH, this::answer);
        server.start();
    }

    /** The address to type on VK's Callback API settings page. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + Callbacks.CONTEXT_PATH + Callbacks.SERVLET_PATH;
    }

    /** Passes the events to this connector from now on, as after a restart. */
    void serve(VkConnector connector) {
        callbacks.set(connector.callbacks());
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            CallbackReceiver.Answer answer = callbacks.get().receive(exchange.getRequestBody().readAllBytes());
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
