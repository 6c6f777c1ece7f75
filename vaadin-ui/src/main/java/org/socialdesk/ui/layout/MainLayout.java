package org.socialdesk.ui.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import java.time.Instant;
import java.util.OptionalInt;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ProductTitle;
import org.socialdesk.ui.audit.AuditLogView;
import org.socialdesk.ui.contentplan.ContentPlanView;
import org.socialdesk.ui.i18n.LanguageSwitch;
import org.socialdesk.ui.moderation.ModerationView;
import org.socialdesk.ui.networks.NetworksView;
import org.socialdesk.ui.quota.QuotaRisk;
import org.socialdesk.ui.quota.QuotaRiskNotification;
import org.socialdesk.ui.quota.QuotaView;
import org.socialdesk.ui.registry.RegistryView;
import org.socialdesk.ui.security.CurrentCaller;
import org.socialdesk.ui.users.UsersView;

/** The frame around every page after login: the product name, who is logged in, and the sections. */
public class MainLayout extends AppLayout implements ProductTitle, AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final Span quotaBadge = new Span();

    public MainLayout() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));

        Span product = new Span(getTranslation(ProductTitle.KEY));
        product.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        Span user = new Span(CurrentCaller.get().map(Caller::username).orElse(""));
        user.setId("current-user");

        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                event -> CurrentCaller.signOut());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button logoutEverywhere = new Button(getTranslation("layout.logout-everywhere"),
                event -> CurrentCaller.signOutEverywhere());
        logoutEverywhere.setId("logout-everywhere");
        logoutEverywhere.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout account = new HorizontalLayout(user, new LanguageSwitch(), logout, logoutEverywhere);
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        account.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");

        addToNavbar(toggle, product, account);
        addToDrawer(new Scroller(navigation()));
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("navigation");
        nav.addItem(
                item("nav-registry", "nav.registry", RegistryView.class, VaadinIcon.LIST),
                item("nav-content-plan", "nav.content-plan", ContentPlanView.class, VaadinIcon.CALENDAR),
                quotas(),
                item("nav-moderation", "nav.moderation", ModerationView.class, VaadinIcon.COMMENTS),
                item("nav-networks", "nav.networks", NetworksView.class, VaadinIcon.CONNECT));
        // sections the caller may not use are left out rather than shown to end in a refusal
        Caller caller = CurrentCaller.get().orElse(null);
        if (AuditLogView.permits(caller)) {
            nav.addItem(item("nav-audit", "nav.audit", AuditLogView.class, VaadinIcon.RECORDS));
        }
        if (UsersView.permits(caller)) {
            nav.addItem(item("nav-users", "nav.users", UsersView.class, VaadinIcon.USERS));
        }
        return nav;
    }

    private SideNavItem quotas() {
        SideNavItem quotas = item("nav-quotas", "quota.title", QuotaView.class, VaadinIcon.BAR_CHART);
        quotaBadge.setId("quota-badge");
        // inline Lumo properties: a theme file would need a frontend build
        quotaBadge.getStyle().set("background", "var(--lumo-error-color)")
                .set("color", "var(--lumo-error-contrast-color)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "0 var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-xs)")
                .set("font-weight", "600");
        quotaBadge.setVisible(false);
        quotas.setSuffixComponent(quotaBadge);
        return quotas;
    }

    /**
     * Counts the accounts at risk once per navigation (about 150 ms for 10,000 accounts), not on every request
     * of a page, and warns the caller once per session.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Caller caller = CurrentCaller.get().orElse(null);
        if (caller == null) {
            return;
        }
        // д.6 counts weeks in the region's time zone, as the quota page opens on
        OptionalInt atRisk = QuotaRisk.atRisk(PlatformServices.current().quotas(), caller,
                IsoWeek.of(Instant.now(), Organisation.ALTAI));
        int count = atRisk.orElse(0);
        quotaBadge.setText(String.valueOf(count));
        quotaBadge.getElement().setAttribute("title", getTranslation("quota.badge.title", count));
        quotaBadge.setVisible(count > 0);
        QuotaRisk.warningKey(caller, count, getLocale())
                .ifPresent(key -> QuotaRiskNotification.openOncePerSession(getTranslation(key, count)));
    }

    private SideNavItem item(String id, String labelKey, Class<? extends Component> view, VaadinIcon icon) {
        SideNavItem item = new SideNavItem(getTranslation(labelKey), view, icon.create());
        item.setId(id);
        return item;
    }
}
