package org.socialdesk.ui.i18n;

/** Message keys of enum constants shown to users, such as {@code OrganisationKind.GOVERNMENT}. */
public final class EnumKeys {

    private EnumKeys() {
    }

    public static String of(Enum<?> value) {
        return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
}
