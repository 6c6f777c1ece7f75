package org.socialdesk.core.model;

/** One field of a registry record as it was before a change and after it; {@code null} means empty. */
public record FieldChange(String field, String before, String after) {
}
