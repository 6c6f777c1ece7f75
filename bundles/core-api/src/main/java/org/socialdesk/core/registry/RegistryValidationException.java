package org.socialdesk.core.registry;

/** A registry record was rejected; nothing was written. The field lets a form show the message beside it. */
public class RegistryValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RegistryValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
