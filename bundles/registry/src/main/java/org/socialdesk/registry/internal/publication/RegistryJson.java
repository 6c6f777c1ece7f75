package org.socialdesk.registry.internal.publication;

import java.util.List;

/**
 * The registry for programs, in a shape that only grows:
 *
 * <pre>
 * {"organisations":[{"id":1,"name":"…","shortName":"…"|null,"kind":"GOVERNMENT","website":"https://…"|null,
 *   "accounts":[{"network":"vk","url":"https://vk.com/…","title":"…"|null}]}]}
 * </pre>
 *
 * {@code kind} is one of {@code GOVERNMENT}, {@code EXECUTIVE_BODY}, {@code MUNICIPALITY},
 * {@code SUBORDINATE_INSTITUTION}; {@code network} is {@code vk}, {@code ok}, {@code telegram} or the free-text name
 * of a network without a connector. Written by hand: a JSON library in the bundle for five fields is not worth it.
 */
final class RegistryJson {

    private RegistryJson() {
    }

    static String render(List<PublishedOrganisation> organisations) {
        StringBuilder json = new StringBuilder("{\"organisations\":[");
        for (int i = 0; i < organisations.size(); i++) {
            PublishedOrganisation o = organisations.get(i);
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(o.id());
            field(json, "name", o.name());
            field(json, "shortName", o.shortName());
            field(json, "kind", o.kind().name());
            field(json, "website", o.website());
            json.append(",\"accounts\":[");
            for (int j = 0; j < o.accounts().size(); j++) {
                PublishedAccount a = o.accounts().get(j);
                json.append(j == 0 ? "{" : ",{");
                json.append("\"network\":");
                string(json, a.network());
                field(json, "url", a.url());
                field(json, "title", a.title());
                json.append('}');
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append(",\"").append(name).append("\":");
        string(json, value);
    }

    private static void string(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    // also the line separators, which some JavaScript parsers take for the end of a line
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
