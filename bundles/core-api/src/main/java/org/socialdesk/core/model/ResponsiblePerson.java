package org.socialdesk.core.model;

import java.util.Objects;

/**
 * A person who answers for an organisation's accounts to the press office. Their phone and e-mail are for the
 * press office only: the public registry never shows them.
 *
 * @param position the person's post, e.g. «начальник отдела», or {@code null}
 * @param phone    a phone number as people write it, or {@code null}
 * @param email    an e-mail address, or {@code null}
 */
public record ResponsiblePerson(String name, String position, String phone, String email) {

    public ResponsiblePerson {
        Objects.requireNonNull(name, "name");
    }
}
