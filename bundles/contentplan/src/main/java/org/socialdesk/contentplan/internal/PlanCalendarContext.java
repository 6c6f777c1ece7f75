package org.socialdesk.contentplan.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The servlet context of the staff calendar feed. It is neither the UI's context (calendar programs cannot sign in
 * through a Vaadin form) nor the public one (the plan is not public): {@link PlanCalendarServlet} checks each
 * request's own credentials, so the default helper lets every request through to it.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = PlanCalendarContext.NAME, path = "/calendar")
public class PlanCalendarContext extends ServletContextHelper {

    static final String NAME = "socialdesk-calendar";

    @Activate
    public PlanCalendarContext(BundleContext context) {
        super(context.getBundle());
    }
}
