package org.socialdesk.notification.internal;

/** The subject and plain-text body of one notice, the same for each of its recipients. */
record Letter(String subject, String body) {
}
