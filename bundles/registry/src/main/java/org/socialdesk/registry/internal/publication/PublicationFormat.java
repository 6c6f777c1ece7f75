package org.socialdesk.registry.internal.publication;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The three forms in which the registry is published, each at its own address under {@code /public}. */
enum PublicationFormat {

    /** Framed by official websites, so any site may frame it; it runs no scripts and loads nothing else. */
    PAGE("/registry", "text/html; charset=UTF-8", RegistryPage::render, Map.of(
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
                    + "form-action 'none'; frame-ancestors *")),
    /** Read by scripts on other sites, hence open to every origin: it holds nothing but public fields. */
    JSON("/registry.json", "application/json; charset=UTF-8", RegistryJson::render, Map.of(
            "Access-Control-Allow-Origin", "*")),
    CSV("/registry.csv", "text/csv; charset=UTF-8; header=present", RegistryCsv::render, Map.of(
            "Access-Control-Allow-Origin", "*",
            "Content-Disposition", "attachment; filename=\"registry.csv\""));

    private final String path;
    private final String mediaType;
    private final Function<List<PublishedOrganisation>, String> renderer;
    private final Map<String, String> headers;

    PublicationFormat(String path, String mediaType, Function<List<PublishedOrganisation>, String> renderer,
            Map<String, String> headers) {
        this.path = path;
        this.mediaType = mediaType;
        this.renderer = renderer;
        this.headers = headers;
    }

    /** The servlet path within the public context. */
    String path() {
        return path;
    }

    String mediaType() {
        return mediaType;
    }

    String render(List<PublishedOrganisation> organisations) {
        return renderer.apply(organisations);
    }

    /** Headers of this format's every response, errors included. */
    Map<String, String> headers() {
        return headers;
    }

    static Optional<PublicationFormat> at(String path) {
        return Arrays.stream(values()).filter(f -> f.path.equals(path)).findFirst();
    }
}
