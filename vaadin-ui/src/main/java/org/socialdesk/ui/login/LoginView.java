package org.socialdesk.ui.login;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin.LoginEvent;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.security.AuthenticationException;
import org.socialdesk.core.security.Authenticator;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ProductTitle;
import org.socialdesk.ui.i18n.LanguageSwitch;
import org.socialdesk.ui.registry.RegistryView;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The only page open without login. Vaadin's form keeps its default field names ({@code username},
 * {@code password}) so that browsers' password managers and browser tests find them.
 */
@Route("login")
public class LoginView extends VerticalLayout implements ProductTitle {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(LoginView.class);

    private final LoginForm form = new LoginForm();

    public LoginView() {
        setId("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setI18n(texts());
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::logIn);

        H1 product = new H1(getTranslation(ProductTitle.KEY));
        product.getStyle().set("margin", "0");
        add(product, new Paragraph(getTranslation("login.description")), form, new LanguageSwitch());
    }

    private void logIn(LoginEvent event) {
        Optional<Authenticator> authenticator = PlatformServices.current().authenticator();
        if (authenticator.isEmpty()) {
            form.showErrorMessage(getTranslation("login.unavailable.title"),
                    getTranslation("login.unavailable.message"));
            return;
        }
        char[] password = event.getPassword().toCharArray();
        try {
            Caller caller = authenticator.get().login(event.getUsername(), password, clientAddress());
            CurrentCaller.signIn(caller);
            UI.getCurrent().navigate(RegistryView.class);
        } catch (AuthenticationException e) {
            // the same words for a wrong name, a wrong password and a blocked user: nothing to guess from
            form.showErrorMessage(getTranslation("login.error.title"), getTranslation("login.error.message"));
        } catch (RuntimeException e) {
            // the realm's database may be down: say so and keep the form usable for the next attempt
            LOG.error("Login could not be checked", e);
            form.showErrorMessage(getTranslation("login.unavailable.title"),
                    getTranslation("login.unavailable.message"));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The address lockout counts failures for: the peer of this request, as the servlet container sees it. */
    private static String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null ? request.getRemoteAddr() : VaadinSession.getCurrent().getBrowser().getAddress();
    }

    private LoginI18n texts() {
        LoginI18n texts = LoginI18n.createDefault();
        LoginI18n.Form formTexts = texts.getForm();
        formTexts.setTitle(getTranslation("login.form.title"));
        formTexts.setUsername(getTranslation("login.form.username"));
        formTexts.setPassword(getTranslation("login.form.password"));
        formTexts.setSubmit(getTranslation("login.form.submit"));
        formTexts.setForgotPassword(getTranslation("login.form.forgot-password"));
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return texts;
    }
}
