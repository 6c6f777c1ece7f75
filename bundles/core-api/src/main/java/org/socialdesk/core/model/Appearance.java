package org.socialdesk.core.model;

/**
 * What the account's page shows besides its posts; д.8 requires a text description and a designed look.
 *
 * @param widgets whether widgets or apps are installed, e.g. the ПОС widget
 */
public record Appearance(boolean description, boolean avatar, boolean cover, boolean widgets) {

    public static final Appearance NONE = new Appearance(false, false, false, false);

    /** Avatar and cover together make the designed look of д.8. */
    public boolean designed() {
        return avatar && cover;
    }
}
