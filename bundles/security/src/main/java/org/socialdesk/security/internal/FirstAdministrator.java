package org.socialdesk.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.security.Caller;

/** Creates the first administrator from {@code etc/org.socialdesk.security.cfg} when the user table is empty. */
@Component(immediate = true, configurationPid = "org.socialdesk.security")
@Designate(ocd = FirstAdministrator.Config.class)
public class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    @ObjectClassDefinition(name = "SocialDesk security")
    public @interface Config {
        @AttributeDefinition(description = "User name of the administrator created on first start")
        String admin_username() default "admin";

        @AttributeDefinition(description = "Initial password of that administrator; change it after first login")
        String admin_password();
    }

    @Activate
    public FirstAdministrator(@Reference UserStore users, @Reference AuditLog audit, Config config) {
        String password = config.admin_password();
        if (password == null || password.isBlank()) {
            LOG.error("No first administrator: set admin.password in etc/org.socialdesk.security.cfg");
            return;
        }
        if (users.createFirstAdministrator(config.admin_username(), password.toCharArray())) {
            LOG.info("Created the first administrator '{}'", config.admin_username());
            audit.append(AuditEvent.of(Caller.SYSTEM.username(), null, "USER_CREATED", "User",
                    config.admin_username(), "first administrator, roles: ADMINISTRATOR [all]"));
        }
    }
}
