package org.socialdesk.registry.internal.publication;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The servlet context of everything anyone may read without signing in. It is separate from the administration
 * UI's context so that the UI's filters, above all the one that forbids framing, never apply to the pages official
 * websites embed; the default helper lets every request through.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = PublicContext.NAME, path = "/public")
public class PublicContext extends ServletContextHelper {

    static final String NAME = "socialdesk-public";

    @Activate
    public PublicContext(BundleContext context) {
        super(context.getBundle());
    }
}
