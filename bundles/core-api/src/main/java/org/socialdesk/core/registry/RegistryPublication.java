package org.socialdesk.core.registry;

/** The registry as official websites publish it (д.5): public pages under {@code /public/registry}. */
public interface RegistryPublication {

    /**
     * The HTML a website's editor pastes to show the registry.
     *
     * @param baseUrl        the address at which visitors reach SocialDesk, e.g. {@code https://smm.example.ru}
     * @param organisationId whose accounts to show, or {@code null} for the whole registry
     * @throws IllegalArgumentException when {@code baseUrl} is not an absolute http or https address
     */
    String embedSnippet(String baseUrl, Long organisationId);
}
