package org.socialdesk.ui;

/**
 * Escaping for the HTML and SVG the views build as strings: whatever a user or a network wrote is shown as text
 * and can never become markup that runs in the page.
 */
public final class Markup {

    private Markup() {
    }

    /** Escapes for text and for double- or single-quoted attribute values alike. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
