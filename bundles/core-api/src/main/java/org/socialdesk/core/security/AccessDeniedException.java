package org.socialdesk.core.security;

/** The caller's roles do not allow the operation; nothing was written. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
