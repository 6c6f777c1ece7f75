package org.socialdesk.registry.internal.publication;

import org.osgi.service.component.annotations.Component;
import org.socialdesk.core.registry.RegistryPublication;

/** Offers the embeddable snippet to the UI, which cannot reach this bundle's internals. */
@Component(service = RegistryPublication.class)
public class EmbedSnippetService implements RegistryPublication {

    @Override
    public String embedSnippet(String baseUrl, Long organisationId) {
        return EmbedSnippet.iframe(baseUrl, organisationId);
    }
}
