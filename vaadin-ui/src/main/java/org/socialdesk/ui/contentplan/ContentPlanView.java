package org.socialdesk.ui.contentplan;

import com.vaadin.flow.router.Route;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.layout.UpcomingSection;

/** Content plan: plan items, their approval and the weekly quotas of д.6; the page is a placeholder for now. */
@Route(value = "content-plan", layout = MainLayout.class)
public class ContentPlanView extends UpcomingSection {

    private static final long serialVersionUID = 1L;

    public ContentPlanView() {
        super("nav.content-plan");
        setId("content-plan-view");
    }
}
