package org.socialdesk.core.contentplan;

/** A plan item was refused as it stands; nothing was stored. The message is English, for APIs and logs. */
public class PlanValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /** @param field the item's field that is wrong (e.g. {@code text}, {@code targets}), or {@code null} */
    public PlanValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
