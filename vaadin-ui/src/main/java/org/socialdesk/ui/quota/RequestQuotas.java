package org.socialdesk.ui.quota;

import com.vaadin.flow.server.VaadinRequest;
import java.util.List;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.security.Caller;

/**
 * A week's quota table read at most once per request: opening «Квоты» needs it for the page and for the menu's
 * count of accounts at risk, and for all accounts it is the most expensive query of the UI. Kept in the request
 * only, so it is never older than the click that asked for it.
 */
final class RequestQuotas {

    private RequestQuotas() {
    }

    static List<AccountQuota> week(QuotaService service, Caller caller, Long organisationId, IsoWeek week) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return service.week(caller, organisationId, week);
        }
        String key = RequestQuotas.class.getName() + '/' + caller.username() + '/' + organisationId + '/' + week;
        @SuppressWarnings("unchecked")
        List<AccountQuota> read = (List<AccountQuota>) request.getAttribute(key);
        if (read == null) {
            read = service.week(caller, organisationId, week);
            request.setAttribute(key, read);
        }
        return read;
    }
}
