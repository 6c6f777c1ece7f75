package org.socialdesk.notification.internal;

/**
 * A mail the SMTP server did not take, with a message for an operator. A permanent failure (the server refused the
 * recipient, or the address is malformed) will not go away by trying again; anything else might.
 */
public final class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
