package org.socialdesk.registry.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;

/** What the registry accepts as an account: the checks of д.3 a form also shows, enforced here for every caller. */
final class AccountRules {

    static final int MAX_WEEKLY_QUOTA = 100;
    // the columns of AccountEntity that hold the lists, one name a line
    private static final int ADMINISTRATORS_LENGTH = 4000;
    private static final int EDITORS_LENGTH = 2000;

    private AccountRules() {
    }

    /**
     * The account as it will be stored, with blanks trimmed and duplicate names dropped.
     *
     * @param self the stored account's id when it is being updated, so that it does not clash with itself
     * @throws RegistryValidationException naming the first field that is wrong
     */
    static Account accepted(EntityManager em, Account a, Long self) {
        String network = Text.required("network", a.network(), "Network is required", 60);
        String url = Text.required("url", a.url(), "URL is required", 500);
        String title = Text.required("title", a.title(), "Title is required", 500);
        String networkId = Text.optional("networkId", a.networkId(), 200);
        NetworkAddress.problem(network, url).ifPresent(problem -> {
            throw new RegistryValidationException("url", problem);
        });
        if (em.find(OrganisationEntity.class, a.organisationId()) == null) {
            throw new RegistryValidationException("organisationId",
                    "Organisation " + a.organisationId() + " does not exist");
        }
        Integer quota = a.weeklyQuotaOverride();
        if (quota != null && (quota < 1 || quota > MAX_WEEKLY_QUOTA)) {
            throw new RegistryValidationException("weeklyQuotaOverride",
                    "Weekly quota must be between 1 and " + MAX_WEEKLY_QUOTA);
        }
        rejectDuplicate(em, url, self);
        return new Account(a.id(), a.organisationId(), NetworkAddress.canonical(network), url, networkId, title,
                a.state(), a.demo(), Text.optional("archiveReason", a.archiveReason(), 1000), a.officialMark(),
                quota, a.appearance(), names("responsibleEditors", a.responsibleEditors(), EDITORS_LENGTH));
    }

    static SecurityChecklist accepted(SecurityChecklist c) {
        return new SecurityChecklist(c.twoFactorConfirmed(), names("administrators", c.administrators(), ADMINISTRATORS_LENGTH),
                c.administratorsReviewedOn(), c.tokenStored(), c.tokenExpiresOn(), c.lastCheckedOn());
    }

    static String reason(String reason) {
        return Text.required("archiveReason", reason, "A reason is required to archive an account", 1000);
    }

    private static void rejectDuplicate(EntityManager em, String url, Long self) {
        String key = NetworkAddress.key(url);
        em.createQuery("SELECT a FROM AccountEntity a WHERE LOWER(a.url) = :key OR LOWER(a.url) = :slashed",
                AccountEntity.class).setParameter("key", key).setParameter("slashed", key + "/")
                .getResultStream().filter(other -> !other.getId().equals(self)).findFirst().ifPresent(other -> {
                    throw new RegistryValidationException("url", "Account " + other.getId() + " (\""
                            + other.getTitle() + "\") already has this URL");
                });
    }

    /** Names are stored one a line, so a name may not span lines, and the lines must fit their column. */
    private static List<String> names(String field, List<String> names, int maxLength) {
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            if (name.contains("\n") || name.contains("\r")) {
                throw new RegistryValidationException(field, "A name may not contain a line break");
            }
            kept.add(name.strip());
        }
        int length = kept.stream().mapToInt(name -> name.length() + 1).sum();
        if (length > maxLength) {
            throw new RegistryValidationException(field, "The names are too long together: " + length
                    + " characters, at most " + maxLength);
        }
        return List.copyOf(kept);
    }
}
