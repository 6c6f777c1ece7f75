package org.socialdesk.registry.internal.publication;

import org.socialdesk.core.model.OrganisationKind;

/** The decree's names of the kinds of organisation, as the public page shows them. */
final class KindNames {

    private KindNames() {
    }

    static String russian(OrganisationKind kind) {
        return switch (kind) {
            case GOVERNMENT -> "Правительство";
            case EXECUTIVE_BODY -> "Орган исполнительной власти";
            case MUNICIPALITY -> "Орган местного самоуправления";
            case SUBORDINATE_INSTITUTION -> "Подведомственное учреждение";
        };
    }
}
