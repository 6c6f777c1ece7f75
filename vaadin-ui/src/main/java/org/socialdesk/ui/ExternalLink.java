package org.socialdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

/**
 * A link to an address that came from a network or a user (an account, a comment, an author), opened in a new tab so
 * that the view stays open. Only http and https become links: a {@code javascript:} address would run in the
 * user's browser.
 */
public final class ExternalLink {

    private ExternalLink() {
    }

    /** The address as its own link text. */
    public static Component of(String url) {
        return of(url, url);
    }

    public static Component of(String url, String text) {
        if (url == null || !isWeb(url)) {
            return new Span(text == null ? "" : text);
        }
        Anchor link = new Anchor(url, text, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    static boolean isWeb(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
