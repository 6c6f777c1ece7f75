package org.socialdesk.ui.registry;

import com.vaadin.flow.component.html.Span;

/** Marks rows of demo data, so that nobody takes a demo body or account for a real one. */
class DemoMarker extends Span {

    private static final long serialVersionUID = 1L;

    DemoMarker() {
        setText(getTranslation("registry.demo"));
        addClassName("demo-marker");
        // inline Lumo properties: a theme file would need a frontend build
        getStyle().set("background", "var(--lumo-contrast-10pct)")
                .set("color", "var(--lumo-secondary-text-color)")
                .set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)");
    }
}
