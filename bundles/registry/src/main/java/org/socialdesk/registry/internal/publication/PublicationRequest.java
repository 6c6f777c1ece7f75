package org.socialdesk.registry.internal.publication;

/**
 * What a request for the published registry asks, as sent: any value may be {@code null}.
 *
 * @param organisation the {@code org} query parameter, unparsed
 */
record PublicationRequest(PublicationFormat format, String organisation, String ifNoneMatch, String ifModifiedSince) {
}
