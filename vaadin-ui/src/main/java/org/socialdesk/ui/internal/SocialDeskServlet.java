package org.socialdesk.ui.internal;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.internal.ApplicationClassLoaderAccess;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import com.vaadin.flow.server.startup.VaadinInitializerException;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.SocialDeskAppShell;

/**
 * The Vaadin servlet, registered through the Jakarta Servlet whiteboard. The whiteboard runs no
 * ServletContainerInitializers, without which Vaadin silently serves nothing, so {@link #init} does their
 * work with the classes listed in {@link UiRoutes}.
 */
@Component(service = Servlet.class, property = {
        "servlet.init.productionMode=true",
        // without this, the heartbeat of an open tab would keep a session alive past its idle timeout
        "servlet.init.closeIdleSessions=true",
        "servlet.init.i18n.provider=org.socialdesk.ui.i18n.SocialDeskI18NProvider",
        // Vaadin asks the servlet context for its own mapping, which the whiteboard cannot tell, and warns
        "servlet.init." + VaadinServlet.INTERNAL_VAADIN_SERVLET_VITE_DEV_MODE_FRONTEND_PATH + "=/*" })
@HttpWhiteboardContextSelect("(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "="
        + SocialDeskContextHelper.NAME + ")")
@HttpWhiteboardServletName("socialdesk-ui")
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardServletAsyncSupported
public class SocialDeskServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    /** Sees this bundle's classes and everything embedded under {@code lib/}. */
    private static final ClassLoader BUNDLE_LOADER = SocialDeskServlet.class.getClassLoader();

    private final transient PlatformServices services;

    @Activate
    public SocialDeskServlet(@Reference PlatformServices services) {
        this.services = services;
    }

    @Override
    public void init(ServletConfig config) throws ServletException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Vaadin looks up services and resources through the context class loader while it starts
        Thread.currentThread().setContextClassLoader(BUNDLE_LOADER);
        try {
            initializeVaadin(config.getServletContext());
            super.init(config);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void initializeVaadin(ServletContext servletContext) throws ServletException {
        VaadinServletContext context = new VaadinServletContext(servletContext);
        context.setAttribute(ApplicationClassLoaderAccess.class, () -> BUNDLE_LOADER);
        context.setAttribute(PlatformServices.class, services);
        new LookupServletContainerInitializer().process(new HashSet<>(Set.of(LookupInitializer.class)),
                servletContext);
        try {
            new RouteRegistryInitializer().initialize(new HashSet<>(UiRoutes.VIEWS), context);
        } catch (VaadinInitializerException e) {
            throw new ServletException("The UI's routes are inconsistent", e);
        }
        new ErrorNavigationTargetInitializer().initialize(new HashSet<>(UiRoutes.ERROR_VIEWS), context);
        VaadinAppShellInitializer.init(new HashSet<>(Set.of(SocialDeskAppShell.class)), context);
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration)
            throws ServiceException {
        VaadinServletService service = new BundleServletService(this, configuration);
        service.init();
        return service;
    }

    @Override
    protected void servletInitialized() throws ServletException {
        super.servletInitialized();
        UiSetup.apply(getService());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(BUNDLE_LOADER);
        try {
            super.service(request, response);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
