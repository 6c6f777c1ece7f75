package org.socialdesk.ui.moderation;

import com.vaadin.flow.router.Route;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.layout.UpcomingSection;

/** Moderation of comments and messages (д.10); the page is a placeholder for now. */
@Route(value = "moderation", layout = MainLayout.class)
public class ModerationView extends UpcomingSection {

    private static final long serialVersionUID = 1L;

    public ModerationView() {
        super("nav.moderation");
        setId("moderation-view");
    }
}
