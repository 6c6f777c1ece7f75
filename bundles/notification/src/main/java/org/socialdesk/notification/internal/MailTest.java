package org.socialdesk.notification.internal;

/** Sends a test mail with the current settings, for the console. */
public interface MailTest {

    /**
     * Sends a short test mail at once, past the outbox, and returns the SMTP server's answer.
     *
     * @throws MailDeliveryException when mail is off or the server did not take it, saying why in English
     */
    String send(String address) throws MailDeliveryException;
}
