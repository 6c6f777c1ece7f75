package org.socialdesk.registry.internal.publication;

/**
 * What the public learns about one active account. Everything else about it stays inside SocialDesk: its
 * internal id, the network's own id of the page (a key for connectors, and the URL already names the page), its
 * state, the demo flag (demo addresses say {@code demo_} themselves), responsible editors, the security checklist
 * and connection tokens.
 *
 * @param network connector id ({@code vk}, {@code ok}, {@code telegram}) or a free-text network name
 * @param title   may be {@code null}
 */
record PublishedAccount(String network, String url, String title) {
}
