package org.socialdesk.ui.users;

import com.vaadin.flow.router.Route;
import org.socialdesk.ui.layout.MainLayout;
import org.socialdesk.ui.layout.UpcomingSection;

/** Users, their roles and organisations, for administrators; the page is a placeholder for now. */
@Route(value = "users", layout = MainLayout.class)
public class UsersView extends UpcomingSection {

    private static final long serialVersionUID = 1L;

    public UsersView() {
        super("nav.users");
        setId("users-view");
    }
}
