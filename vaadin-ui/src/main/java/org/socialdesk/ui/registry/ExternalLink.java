package org.socialdesk.ui.registry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * An address from the registry as a link, but only for http and https: a stored {@code javascript:} URL
 * would otherwise run in the browser of whoever clicks it.
 */
final class ExternalLink {

    private ExternalLink() {
    }

    static Component of(String url) {
        if (url == null || url.isBlank()) {
            return new Span();
        }
        if (!isWeb(url)) {
            return new Span(url);
        }
        Anchor link = new Anchor(url, url, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    static boolean isWeb(String url) {
        String lower = url.trim().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
