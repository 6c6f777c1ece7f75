package org.socialdesk.security.internal;

import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code socialdesk} JAAS realm with the database login module. An administrator can replace it, e.g. with
 * Karaf's LDAP login module, by declaring a realm of the same name with a higher rank (see README).
 */
@Component(service = JaasRealm.class)
public class SocialDeskRealm implements JaasRealm {

    public static final String NAME = "socialdesk";

    private final BundleContext bundleContext;

    @Activate
    public SocialDeskRealm(BundleContext bundleContext) {
        this.bundleContext = bundleContext;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        // Karaf's proxy loads the module from this bundle, which JAAS's own class lookup cannot see.
        Map<String, Object> options = Map.of(
                ProxyLoginModule.PROPERTY_MODULE, DatabaseLoginModule.class.getName(),
                ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleContext.getBundle().getBundleId()),
                BundleContext.class.getName(), bundleContext);
        return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)};
    }
}
