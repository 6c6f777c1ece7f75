package org.socialdesk.ui.quota;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.ui.i18n.PluralForm;

/**
 * The accounts that will miss the weekly quota of д.6, told to those who can still act before the
 * week ends, so that they need not open the quota page to learn it.
 */
public final class QuotaRisk {

    // editors plan for their organisations, the press office and administrators for all of them
    private static final Set<Role> WARNED = EnumSet.of(Role.EDITOR, Role.PRESS_OFFICE, Role.ADMINISTRATOR);
    private static final String TEXT_PREFIX = "quota.risk.";
    private static final Logger LOG = LoggerFactory.getLogger(QuotaRisk.class);

    private QuotaRisk() {
    }

    /**
     * How many accounts the caller may see will miss the quota of the week; empty when the service is stopped
     * or refuses, in which case the menu simply shows no count.
     */
    public static OptionalInt atRisk(Optional<QuotaService> quotas, Caller caller, IsoWeek week) {
        if (quotas.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(atRisk(RequestQuotas.week(quotas.get(), caller, null, week)));
        } catch (AccessDeniedException e) {
            return OptionalInt.empty();
        } catch (RuntimeException e) {
            // the frame around every page must not fail because the quota service does
            LOG.warn("Could not count the accounts at risk of missing the weekly quota", e);
            return OptionalInt.empty();
        }
    }

    static int atRisk(List<AccountQuota> quotas) {
        return (int) quotas.stream().filter(quota -> quota.status() == QuotaStatus.AT_RISK).count();
    }

    /**
     * The message key of the warning for the caller, to be given the count; nothing when no account is at risk or
     * the caller cannot act on it.
     */
    public static Optional<String> warningKey(Caller caller, int atRisk, Locale locale) {
        if (atRisk == 0 || WARNED.stream().noneMatch(caller::has)) {
            return Optional.empty();
        }
        return Optional.of(PluralForm.of(atRisk, locale).key(TEXT_PREFIX));
    }
}
