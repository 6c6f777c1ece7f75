package org.socialdesk.connector;

/** Why a user is restricted; each connector maps these to its network's own reason codes. */
public enum RestrictionReason {
    SPAM, INSULT, OBSCENE, OFFTOPIC, ILLEGAL, OTHER
}
