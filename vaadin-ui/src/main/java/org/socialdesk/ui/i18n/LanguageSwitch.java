package org.socialdesk.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.server.VaadinSession;

/** Switches the whole session to the other language; the page reloads so that every text is rebuilt. */
public class LanguageSwitch extends Button {

    private static final long serialVersionUID = 1L;

    public LanguageSwitch() {
        setId("language");
        setText(getTranslation("language.switch"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(event -> {
            VaadinSession session = VaadinSession.getCurrent();
            session.setLocale(SocialDeskI18NProvider.other(session.getLocale()));
            UI.getCurrent().getPage().reload();
        });
    }
}
