package org.socialdesk.ui.internal;

import java.net.URL;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.servlet.context.ServletContextHelper;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContext;

/**
 * The UI's own servlet context: when the bundle is updated, the context goes with it and leaves no stale
 * attributes (routes, Vaadin's lookup) behind.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = SocialDeskContextHelper.NAME, path = "/")
public class SocialDeskContextHelper extends ServletContextHelper {

    static final String NAME = "socialdesk";

    private static final String WEB_RESOURCES = "META-INF/resources/";

    private final ClassLoader resources = SocialDeskContextHelper.class.getClassLoader();

    @Activate
    public SocialDeskContextHelper(BundleContext context) {
        super(context.getBundle());
    }

    /**
     * Web resources of the embedded jars (for instance the push client) through the bundle class loader,
     * which also sees into {@code lib/}. Only {@code META-INF/resources} is served: never a class file.
     */
    @Override
    public URL getResource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        if (path.contains("..")) {
            return null;
        }
        return resources.getResource(WEB_RESOURCES + path);
    }

    @Override
    public String getMimeType(String name) {
        return MimeTypes.of(name);
    }
}
