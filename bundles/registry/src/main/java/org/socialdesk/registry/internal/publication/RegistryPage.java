package org.socialdesk.registry.internal.publication;

import java.util.List;
import java.util.Locale;

/**
 * The registry as a page that official websites show in an iframe: one self-contained document without scripts,
 * images or external styles, so it needs nothing but its own response and fits any width. The background is
 * transparent so that the page blends into the website around it.
 */
final class RegistryPage {

    private static final String HEADING = "Официальные аккаунты в социальных сетях";

    private static final String STYLE = """
            :root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;\
            font-size:16px;line-height:1.4;color:#1f2933}
            body{margin:0;padding:12px;background:transparent}
            h1{font-size:1.25rem;margin:0 0 12px}
            section{border:1px solid #d9dee3;border-radius:8px;padding:12px 16px;margin:0 0 12px;background:#fff}
            h2{font-size:1.05rem;margin:0 0 4px}
            .about{margin:0 0 8px;color:#52606d;font-size:.9rem}
            .about a{color:inherit}
            ul{list-style:none;margin:0;padding:0;display:grid;\
            grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:8px}
            li{border-left:3px solid #2a6bc2;padding:4px 8px;overflow-wrap:anywhere}
            .network{display:block;font-size:.8rem;text-transform:uppercase;letter-spacing:.03em;color:#52606d}
            li a{color:#1d5aa8;font-weight:600}
            .address{display:block;font-size:.8rem;color:#52606d}
            .empty{margin:0;color:#52606d;font-style:italic}
            @media (max-width:480px){body{padding:6px}section{padding:8px 10px}ul{grid-template-columns:1fr}}
            """;

    private RegistryPage() {
    }

    static String render(List<PublishedOrganisation> organisations) {
        StringBuilder html = new StringBuilder(512 + organisations.size() * 512);
        html.append("<!DOCTYPE html>\n<html lang=\"ru\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HEADING).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<h1>").append(HEADING).append("</h1>\n");
        for (PublishedOrganisation o : organisations) {
            organisation(html, o);
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void organisation(StringBuilder html, PublishedOrganisation o) {
        html.append("<section>\n<h2>").append(Html.escape(o.name())).append("</h2>\n<p class=\"about\">")
                .append(Html.escape(KindNames.russian(o.kind())));
        if (o.website() != null && isWebAddress(o.website())) {
            html.append(" · ");
            link(html, o.website(), "официальный сайт");
        }
        html.append("</p>\n");
        if (o.accounts().isEmpty()) {
            html.append("<p class=\"empty\">Официальных аккаунтов пока нет.</p>\n");
        } else {
            html.append("<ul>\n");
            for (PublishedAccount a : o.accounts()) {
                account(html, a);
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private static void account(StringBuilder html, PublishedAccount a) {
        String name = a.title() == null || a.title().isBlank() ? a.url() : a.title();
        html.append("<li><span class=\"network\">").append(Html.escape(NetworkNames.russian(a.network())))
                .append("</span>");
        if (isWebAddress(a.url())) {
            link(html, a.url(), name);
        } else {
            html.append(Html.escape(name));
        }
        html.append("<span class=\"address\">").append(Html.escape(a.url())).append("</span></li>\n");
    }

    /**
     * A new tab, because networks refuse to be framed and the link would otherwise open inside the iframe;
     * {@code noopener} keeps the network's page from reaching back into the website.
     */
    private static void link(StringBuilder html, String url, String text) {
        html.append("<a href=\"").append(Html.escape(url)).append("\" target=\"_blank\" rel=\"noopener\">")
                .append(Html.escape(text)).append("</a>");
    }

    /** Only web addresses become links: escaping does not stop a {@code javascript:} address from running. */
    private static boolean isWebAddress(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }
}
