package org.socialdesk.moderation.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/org.socialdesk.moderation.cfg}; every value has a default, so moderation starts without one. */
@ObjectClassDefinition(id = "org.socialdesk.moderation", name = "SocialDesk moderation",
        description = "How often comments are read from the accounts, and the automatic actions.")
public @interface ModerationConfig {

    @AttributeDefinition(name = "Enabled", description = "Whether comments are read from the networks at all.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Poll interval (seconds)", description = "Pause between two reads of every account.")
    int pollSeconds() default 60;

    @AttributeDefinition(name = "Automatic deletion",
            description = "Rules ORGANISATION:CATEGORY:MIN_CONFIDENCE, e.g. 12:OBSCENE:0.95 or *:SPAM:0.99 for every "
                    + "organisation. None by default; POSSIBLY_ILLEGAL is always for a person to decide.")
    String[] autoDelete() default {};

    @AttributeDefinition(name = "Allowed words",
            description = "Words never to flag, ORGANISATION:PATTERN (or *:PATTERN for every organisation), e.g. "
                    + "place names and surnames that look like obscene or insulting words. Organisations keep "
                    + "lists of their own in the UI as well; both count.")
    String[] allowedWords() default {};

    @AttributeDefinition(name = "Denied words",
            description = "Words to flag besides the shipped lists, ORGANISATION:CATEGORY:PATTERN with CATEGORY one "
                    + "of OBSCENE, INSULT, SPAM, POSSIBLY_ILLEGAL, e.g. 12:SPAM:микрозайм*.")
    String[] deniedWords() default {};
}
