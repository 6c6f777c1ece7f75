package org.socialdesk.registry.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.registry.AccountCheck;
import org.socialdesk.core.registry.AccountCheckResult;
import org.socialdesk.core.registry.AccountCheckResult.Outcome;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.CardDifference;
import org.socialdesk.core.registry.MissingRight;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.vault.TokenVault;

/**
 * Checks an account against its network. The check changes nothing in the registry, so it is audited through the
 * audit log in a transaction of its own; it reads the account through {@link AccountService} so that the caller is
 * held to the same visibility as everywhere else.
 */
@Component(service = AccountCheck.class)
public class AccountCheckImpl implements AccountCheck {

    private final AccountService accounts;
    private final ConnectorRegistry connectors;
    private final TokenVault vault;
    private final AuditLog audit;

    @Activate
    public AccountCheckImpl(@Reference AccountService accounts, @Reference ConnectorRegistry connectors,
            @Reference TokenVault vault, @Reference AuditLog audit) {
        this.accounts = accounts;
        this.connectors = connectors;
        this.vault = vault;
        this.audit = audit;
    }

    @Override
    public AccountCheckResult check(Caller caller, long accountId) {
        Account account = accounts.find(caller, accountId);
        AccountCheckResult result = against(account);
        audit.append(AuditEvent.of(caller.username(), account.organisationId(), "ACCOUNT_CHECKED", "Account",
                String.valueOf(accountId), summary(result)));
        return result;
    }

    private AccountCheckResult against(Account account) {
        Optional<Connector> connector = connectors.find(account.network());
        if (connector.isEmpty()) {
            return AccountCheckResult.notChecked(Outcome.NO_CONNECTOR,
                    "No connector for network '" + account.network() + "' is installed");
        }
        if (account.networkId() == null) {
            return AccountCheckResult.notChecked(Outcome.NO_NETWORK_ID,
                    "The registry does not record the account's id on the network");
        }
        Map<String, String> secrets = vault.secretsForConnector(account.id());
        if (secrets.isEmpty()) {
            return AccountCheckResult.notChecked(Outcome.NO_CREDENTIALS,
                    "No credentials are stored for the account");
        }
        try {
            AccountCard card = connector.get().readAccountCard(
                    new NetworkAccount(account.networkId(), account.url()), new Credentials(secrets));
            List<CardDifference> differences = CardComparison.differences(account, card);
            List<MissingRight> missing = CardComparison.missingRights(card);
            return new AccountCheckResult(Outcome.CHECKED, message(differences, missing), differences, missing);
        } catch (AuthFailure e) {
            return AccountCheckResult.notChecked(Outcome.NETWORK_REFUSED,
                    "The network refused the token as invalid or expired: " + e.getMessage());
        } catch (ConnectorException e) {
            return AccountCheckResult.notChecked(Outcome.NETWORK_REFUSED, e.getMessage());
        }
    }

    private static String message(List<CardDifference> differences, List<MissingRight> missing) {
        String card = differences.isEmpty() ? "The card matches the registry"
                : differences.size() + " field(s) differ from the registry";
        return missing.isEmpty() ? card : card + "; the credentials lack rights SocialDesk needs: "
                + missing.stream().map(right -> right.detail() != null ? right.detail() : right.right().name())
                        .collect(Collectors.joining("; "));
    }

    /** Names the differing fields but not their values: the audit entry records that a check happened. */
    private static String summary(AccountCheckResult result) {
        String summary = result.outcome() + ": " + result.message();
        if (!result.differences().isEmpty()) {
            summary += " (" + result.differences().stream().map(d -> d.field().name())
                    .collect(Collectors.joining(", ")) + ")";
        }
        if (!result.missingRights().isEmpty()) {
            summary += " (missing rights: " + result.missingRights().stream().map(right -> right.right().name())
                    .collect(Collectors.joining(", ")) + ")";
        }
        return summary;
    }
}
