package org.socialdesk.ui.registry;

import com.vaadin.flow.component.html.Span;

/** Marks an account whose security checks are overdue (д.2, д.4); the tooltip says which. */
class OverdueMarker extends Span {

    private static final long serialVersionUID = 1L;

    OverdueMarker(String reasons) {
        setText(getTranslation("registry.account.overdue"));
        setTitle(reasons);
        addClassName("overdue-marker");
        // inline Lumo properties: a theme file would need a frontend build
        getStyle().set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)")
                .set("white-space", "nowrap");
    }
}
