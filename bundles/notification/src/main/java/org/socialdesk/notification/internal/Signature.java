package org.socialdesk.notification.internal;

/** The closing lines of every notice: nobody should wait for an answer to a reply. */
final class Signature {

    static final String TEXT = "\n-- \nЭто письмо отправлено SocialDesk автоматически, отвечать на него не нужно.\n";

    private Signature() {
    }
}
