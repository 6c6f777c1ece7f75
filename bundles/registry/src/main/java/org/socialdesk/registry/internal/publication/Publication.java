package org.socialdesk.registry.internal.publication;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Answers requests for the published registry (д.5) independently of any servlet API, so that the rules are
 * tested without a container. Every answer is rendered from the database anew; only the entity tag lets a client
 * or proxy keep its copy, and {@code max-age} bounds how long it may do so without asking.
 */
final class Publication {

    private static final String CACHE_CONTROL = "public, max-age=60";

    /** Digits only: {@code Long.parseLong} would also take signs, and more than 18 digits may not fit a long. */
    private static final Pattern ORGANISATION_ID = Pattern.compile("[0-9]{1,18}");

    private final PublicRegistry registry;
    private final ChangeClock changes;

    Publication(PublicRegistry registry, ChangeClock changes) {
        this.registry = registry;
        this.changes = changes;
    }

    PublicationResponse respond(PublicationRequest request) {
        PublicationFormat format = request.format();
        List<PublishedOrganisation> organisations;
        String representation;
        if (request.organisation() == null) {
            organisations = registry.all();
            representation = format + " of all";
        } else if (!ORGANISATION_ID.matcher(request.organisation()).matches()) {
            return PublicationResponse.problem(format, 400, "The org parameter must be an organisation id.");
        } else {
            long id = Long.parseLong(request.organisation());
            Optional<PublishedOrganisation> organisation = registry.organisation(id);
            if (organisation.isEmpty()) {
                return PublicationResponse.problem(format, 404, "There is no organisation " + id + ".");
            }
            organisations = List.of(organisation.get());
            representation = format + " of " + id;
        }
        byte[] body = format.render(organisations).getBytes(StandardCharsets.UTF_8);
        String entityTag = Validators.entityTag(body);
        Instant lastModified = changes.lastModified(representation, entityTag);

        Map<String, String> headers = new LinkedHashMap<>(format.headers());
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", CACHE_CONTROL);
        headers.put("ETag", entityTag);
        headers.put("Last-Modified", Validators.httpDate(lastModified));
        if (Validators.notModified(request.ifNoneMatch(), request.ifModifiedSince(), entityTag, lastModified)) {
            return new PublicationResponse(304, headers, new byte[0]);
        }
        headers.put("Content-Type", format.mediaType());
        return new PublicationResponse(200, headers, body);
    }
}
