package org.socialdesk.registry.internal.publication;

import java.net.URI;
import java.util.Locale;

/**
 * The HTML an official website pastes to show the registry (д.5): a plain iframe, since the page inside needs no
 * script and a website's editors can check an iframe at a glance. Its height is fixed because a framed page of
 * another origin cannot tell the website how tall it is without a script on both sides.
 */
public final class EmbedSnippet {

    private static final String PAGE = "/public/registry";

    private EmbedSnippet() {
    }

    /**
     * @param baseUrl      the address at which visitors reach SocialDesk, for example {@code https://smm.example.ru}
     * @param organisation the organisation whose accounts to show, or {@code null} for the whole registry
     * @throws IllegalArgumentException when {@code baseUrl} is not an absolute http or https address
     */
    public static String iframe(String baseUrl, Long organisation) {
        URI base = URI.create(baseUrl.trim());
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || base.getHost() == null
                || base.getQuery() != null || base.getFragment() != null) {
            throw new IllegalArgumentException("Not a web address to publish from: " + baseUrl);
        }
        String root = base.toString().replaceAll("/+$", "");
        String source = root + PAGE + (organisation == null ? "" : "?org=" + organisation);
        return "<iframe src=\"" + Html.escape(source) + "\" title=\"Официальные аккаунты в социальных сетях\""
                + " width=\"100%\" height=\"600\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";
    }
}
