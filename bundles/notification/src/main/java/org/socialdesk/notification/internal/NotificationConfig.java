package org.socialdesk.notification.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * {@code etc/org.socialdesk.notification.cfg}. Mail is off until an SMTP host and a sender address are set, so a
 * fresh start sends nothing.
 */
@ObjectClassDefinition(id = "org.socialdesk.notification", name = "SocialDesk e-mail notifications",
        description = "The SMTP server, the press office's address, and how often quotas and approvals are checked.")
public @interface NotificationConfig {

    @AttributeDefinition(name = "SMTP host", description = "Empty: no mail is sent (and nothing is queued).")
    String smtpHost() default "";

    @AttributeDefinition(name = "SMTP port", description = "587 for STARTTLS, 465 for SSL, 25 for a local relay.")
    int smtpPort() default 587;

    @AttributeDefinition(name = "Connection security", options = {
            @Option(label = "STARTTLS (required)", value = "STARTTLS"),
            @Option(label = "SSL/TLS from the start", value = "SSL"),
            @Option(label = "None (a relay on a trusted network only)", value = "NONE")})
    String security() default "STARTTLS";

    @AttributeDefinition(name = "User name", description = "Empty: the server takes mail without a login.")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Sender address", description = "The From of every mail, e.g. socialdesk@alregn.ru.")
    String fromAddress() default "";

    @AttributeDefinition(name = "Press office address",
            description = "Gets plan items submitted for approval and every quota warning. Empty: none of these.")
    String pressOfficeAddress() default "";

    @AttributeDefinition(name = "Address of the web UI",
            description = "E.g. https://socialdesk.alregn.ru; mails link to its pages. Empty: no links.")
    String baseUrl() default "";

    @AttributeDefinition(name = "Poll interval (seconds)",
            description = "How often new approval steps are looked for and queued mail is sent.")
    int pollSeconds() default 30;

    @AttributeDefinition(name = "Quota check interval (minutes)",
            description = "How often the accounts that will miss their weekly quota are looked for.")
    int quotaCheckMinutes() default 60;

    @AttributeDefinition(name = "Quota warnings from", description = "The first day of the ISO week on which an "
            + "account at risk is warned about; before it a week's plan is usually still being written.", options = {
            @Option(label = "Monday", value = "MONDAY"), @Option(label = "Tuesday", value = "TUESDAY"),
            @Option(label = "Wednesday", value = "WEDNESDAY"), @Option(label = "Thursday", value = "THURSDAY"),
            @Option(label = "Friday", value = "FRIDAY"), @Option(label = "Saturday", value = "SATURDAY"),
            @Option(label = "Sunday", value = "SUNDAY")})
    String quotaWarningsFrom() default "WEDNESDAY";
}
