package org.socialdesk.ui.audit;

import com.vaadin.flow.router.Route;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.layout.UpcomingSection;

/** The audit log with filters and CSV export; the page is a placeholder for now. */
@Route(value = "audit", layout = MainLayout.class)
public class AuditLogView extends UpcomingSection {

    private static final long serialVersionUID = 1L;

    public AuditLogView() {
        super("nav.audit");
        setId("audit-view");
    }
}
