package org.socialdesk.registry.internal.publication;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.persistence.Database;

/**
 * Serves the registry to official websites without signing in: {@code /public/registry} (HTML for an iframe),
 * {@code /public/registry.json} and {@code /public/registry.csv}, each optionally for one organisation
 * ({@code ?org=<id>}). Only translates between the servlet API and {@link Publication}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + PublicContext.NAME
        + ")")
@HttpWhiteboardServletName("socialdesk-public-registry")
@HttpWhiteboardServletPattern({ "/registry", "/registry.json", "/registry.csv" })
public class PublicRegistryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PublicRegistryServlet.class);

    private final transient Publication publication;

    @Activate
    public PublicRegistryServlet(@Reference Database database) {
        this(new Publication(new PublicRegistry(database), new ChangeClock(Clock.systemUTC())));
    }

    PublicRegistryServlet(Publication publication) {
        this.publication = publication;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PublicationFormat format = PublicationFormat.at(request.getServletPath()).orElseThrow(
                () -> new IllegalStateException("Registered for a path it does not serve: " + request.getServletPath()));
        PublicationResponse answer;
        try {
            answer = publication.respond(new PublicationRequest(format, request.getParameter("org"),
                    request.getHeader("If-None-Match"), request.getHeader("If-Modified-Since")));
        } catch (RuntimeException e) {
            LOG.error("Could not publish the registry as {}", format, e);
            answer = PublicationResponse.problem(format, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The registry is unavailable at the moment; please try again later.");
        }
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.body().length > 0) {
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }
}
