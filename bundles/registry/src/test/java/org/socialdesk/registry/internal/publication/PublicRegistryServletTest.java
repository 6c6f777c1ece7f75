package org.socialdesk.registry.internal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.RecordedResponse;

/** The servlet against hand-made request and response objects: only what it reads and writes is answered. */
class PublicRegistryServletTest {

    @Test
    void writesStatusHeadersAndBody() throws Exception {
        PublicRegistryServlet servlet = new PublicRegistryServlet(TestRegistry.withDemoData().database);
        RecordedResponse response = new RecordedResponse();
        servlet.doGet(request("/registry.json", Map.of()), response.proxy());
        assertEquals(200, response.status);
        assertEquals("application/json; charset=UTF-8", response.headers.get("Content-Type"));
        assertEquals("*", response.headers.get("Access-Control-Allow-Origin"));
        assertEquals(Integer.toString(response.body.size()), response.headers.get("Content-Length"));
        assertTrue(response.text().startsWith("{\"organisations\":[{\"id\":"));

        RecordedResponse again = new RecordedResponse();
        servlet.doGet(request("/registry.json", Map.of("If-None-Match", response.headers.get("ETag"))),
                again.proxy());
        assertEquals(304, again.status);
        assertEquals(0, again.body.size());
    }

    @Test
    void aFailingDatabaseGivesAShortMessageAndNoStackTrace() throws Exception {
        PublicRegistryServlet servlet = new PublicRegistryServlet(new Database() {
            @Override
            public <T> T read(Function<EntityManager, T> work) {
                throw new IllegalStateException("Connection refused: SECRET-INTERNAL-DETAIL");
            }

            @Override
            public <T> T write(Function<EntityManager, T> work) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void afterCommit(EntityManager em, Runnable action) {
                throw new UnsupportedOperationException();
            }
        });
        RecordedResponse response = new RecordedResponse();
        servlet.doGet(request("/registry.csv", Map.of()), response.proxy());
        assertEquals(503, response.status);
        assertEquals("The registry is unavailable at the moment; please try again later.\n", response.text());
        assertFalse(response.text().contains("SECRET"));
        assertEquals("no-store", response.headers.get("Cache-Control"));
    }

    private static HttpServletRequest request(String servletPath, Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(PublicRegistryServletTest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "getParameter" -> null;
                    case "getHeader" -> headers.get((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
