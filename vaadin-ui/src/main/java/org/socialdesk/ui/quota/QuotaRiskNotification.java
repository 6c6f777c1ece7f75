package org.socialdesk.ui.quota;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;

/** The warning about accounts that will miss this week's quota, with the way to the quota page. */
public final class QuotaRiskNotification extends Notification {

    private static final long serialVersionUID = 1L;
    private static final String SHOWN = "quota-risk-shown";

    private QuotaRiskNotification(String text) {
        setId("quota-risk-notification");
        addThemeVariants(NotificationVariant.LUMO_WARNING);
        setPosition(Position.TOP_END);
        // stays until read: closing by itself, it could go unseen while the user looks elsewhere
        setDuration(0);
        Button open = new Button(getTranslation("quota.risk.open"), event -> {
            close();
            getUI().ifPresent(ui -> ui.navigate(QuotaView.class));
        });
        open.setId("quota-risk-open");
        Button dismiss = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> close());
        dismiss.setId("quota-risk-close");
        dismiss.setAriaLabel(getTranslation("quota.risk.close"));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(text), open, dismiss);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        add(content);
    }

    /** Opens the warning unless this session has had it: repeated on every page it would soon be ignored. */
    public static void openOncePerSession(String text) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session.getAttribute(SHOWN) != null) {
            return;
        }
        session.setAttribute(SHOWN, Boolean.TRUE);
        new QuotaRiskNotification(text).open();
    }
}
