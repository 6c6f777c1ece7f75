package org.socialdesk.contentplan.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.PlanTransfer;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.AuthenticationException;
import org.socialdesk.core.security.Authenticator;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.OrganisationEntity;

/**
 * The content plan of one organisation as an iCalendar feed that staff calendar programs subscribe to:
 * {@code GET /calendar/plan.ics?org=<id>}, from four weeks back to twelve weeks ahead, whole days in the
 * organisation's zone. Calendar programs cannot use the UI's sign-in form, so each request carries HTTP Basic
 * credentials, checked by the {@link Authenticator} with its lockout and audit like a sign-in to the UI. Basic sends
 * the password in every request: production must serve this, like the whole UI, only through HTTPS in front of the
 * container.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "="
        + PlanCalendarContext.NAME + ")")
@HttpWhiteboardServletName("socialdesk-plan-calendar")
@HttpWhiteboardServletPattern("/plan.ics")
public class PlanCalendarServlet extends HttpServlet {

    static final String CHALLENGE = "Basic realm=\"SocialDesk\", charset=\"UTF-8\"";
    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 12;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PlanCalendarServlet.class);

    private final transient PlanTransfer transfer;
    private final transient Authenticator authenticator;
    private final transient Database database;
    private final transient Clock clock;

    @Activate
    public PlanCalendarServlet(@Reference PlanTransfer transfer, @Reference Authenticator authenticator,
            @Reference Database database) {
        this(transfer, authenticator, database, Clock.systemUTC());
    }

    PlanCalendarServlet(PlanTransfer transfer, Authenticator authenticator, Database database, Clock clock) {
        this.transfer = transfer;
        this.authenticator = authenticator;
        this.database = database;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Long organisationId = organisationId(request.getParameter("org"));
        if (organisationId == null) {
            problem(response, HttpServletResponse.SC_BAD_REQUEST, "Give the organisation as ?org=<number>.");
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.of(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            challenge(response, "Sign in with your SocialDesk user name and password.");
            return;
        }
        try {
            Caller caller;
            try {
                caller = authenticator.login(credentials.get().username(), credentials.get().password(),
                        request.getRemoteAddr());
            } finally {
                credentials.get().erase();
            }
            Optional<ZoneId> zone = zone(organisationId);
            if (zone.isEmpty()) {
                problem(response, HttpServletResponse.SC_NOT_FOUND, "No organisation " + organisationId + ".");
                return;
            }
            LocalDate today = LocalDate.now(clock.withZone(zone.get()));
            String calendar = transfer.calendar(caller, organisationId,
                    today.minusWeeks(WEEKS_BACK).atStartOfDay(zone.get()).toInstant(),
                    today.plusWeeks(WEEKS_AHEAD).atStartOfDay(zone.get()).toInstant());
            // private: the plan is not public, so no shared cache may keep it; five minutes spares the database
            // the polls of many calendar programs without hiding a change for long
            send(response, HttpServletResponse.SC_OK, PlanTransfer.CALENDAR_MEDIA_TYPE, "private, max-age=300",
                    calendar);
        } catch (AuthenticationException e) {
            if (e.reason() == AuthenticationException.Reason.NO_ROLES) {
                problem(response, HttpServletResponse.SC_FORBIDDEN, "You hold no role in SocialDesk.");
            } else if (e.reason() == AuthenticationException.Reason.LOCKED_OUT) {
                challenge(response, "Too many failed sign-ins; try again later.");
            } else {
                // the same words for a wrong name, a wrong password and a blocked user, as in the UI
                challenge(response, "Wrong user name or password.");
            }
        } catch (AccessDeniedException e) {
            problem(response, HttpServletResponse.SC_FORBIDDEN,
                    "You may not see the content plan of organisation " + organisationId + ".");
        } catch (PlanValidationException e) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, "No organisation " + organisationId + ".");
        } catch (RuntimeException e) {
            LOG.error("Could not serve the calendar of organisation {}", organisationId, e);
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "The calendar is unavailable at the moment; please try again later.");
        }
    }

    private static Long organisationId(String parameter) {
        if (parameter == null || !parameter.matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(parameter);
    }

    private Optional<ZoneId> zone(long organisationId) {
        return database.read(em -> Optional.ofNullable(em.find(OrganisationEntity.class, organisationId))
                .map(organisation -> ZoneId.of(organisation.getTimeZone())));
    }

    private static void challenge(HttpServletResponse response, String message) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    private static void problem(HttpServletResponse response, int status, String message) throws IOException {
        send(response, status, "text/plain; charset=UTF-8", "no-store", message + "\n");
    }

    private static void send(HttpServletResponse response, int status, String type, String caching, String text)
            throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Content-Type", type);
        response.setHeader("Cache-Control", caching);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
