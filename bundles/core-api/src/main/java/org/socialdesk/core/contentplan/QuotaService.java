package org.socialdesk.core.contentplan;

import java.util.List;
import org.socialdesk.core.security.Caller;

/** Weekly quotas of д.6, counted per account and ISO week in each organisation's time zone. */
public interface QuotaService {

    /** Every active account the caller may see (of one organisation, or all for {@code null}), for one week. */
    List<AccountQuota> week(Caller caller, Long organisationId, IsoWeek week);
}
