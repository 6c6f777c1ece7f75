package org.socialdesk.ui.internal;

import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import java.net.MalformedURLException;
import java.net.URL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Vaadin's servlet service with the bundle's class loader and resources that live inside the bundle. */
class BundleServletService extends VaadinServletService {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(BundleServletService.class);

    BundleServletService(VaadinServlet servlet, DeploymentConfiguration configuration) {
        super(servlet, configuration);
        setClassLoader(BundleServletService.class.getClassLoader());
    }

    /**
     * On Jetty 12 Vaadin checks that a static resource exists as a file, which fails for the
     * {@code bundle://} URLs of an OSGi bundle; the context helper returns only resources that exist.
     */
    @Override
    public URL getStaticResource(String path) {
        try {
            return getServlet().getServletContext().getResource(path);
        } catch (MalformedURLException e) {
            LOG.warn("Malformed static resource path '{}'", path, e);
            return null;
        }
    }
}
