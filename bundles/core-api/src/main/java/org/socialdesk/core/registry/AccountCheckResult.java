package org.socialdesk.core.registry;

import java.util.List;
import java.util.Objects;

/**
 * What a check of an account against its network found.
 *
 * @param message     what happened, in English for logs and the console; user interfaces word the outcome themselves
 * @param differences what the network shows differently from the registry; empty unless {@link Outcome#CHECKED}
 * @param missingRights rights publishing or moderation need that the credentials lack; empty unless
 *                      {@link Outcome#CHECKED}, and empty when the connector does not report rights
 */
public record AccountCheckResult(Outcome outcome, String message, List<CardDifference> differences,
        List<MissingRight> missingRights) {

    /** Whether the network was asked, and if not, why not. */
    public enum Outcome {
        /** The network returned the card and it was compared. */
        CHECKED,
        /** No connector for the account's network is installed now. */
        NO_CONNECTOR,
        /** The token vault holds no secrets for the account, so the network cannot be asked. */
        NO_CREDENTIALS,
        /** The registry does not record the account's id on the network, which connectors address it by. */
        NO_NETWORK_ID,
        /** The connector called the network and the call failed, e.g. because the token is invalid or expired. */
        NETWORK_REFUSED
    }

    public AccountCheckResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        differences = List.copyOf(differences);
        missingRights = List.copyOf(missingRights);
    }

    /** A result without rights to report, as before connectors reported them. */
    public AccountCheckResult(Outcome outcome, String message, List<CardDifference> differences) {
        this(outcome, message, differences, List.of());
    }

    /** A check that did not reach a card to compare. */
    public static AccountCheckResult notChecked(Outcome outcome, String message) {
        return new AccountCheckResult(outcome, message, List.of());
    }
}
