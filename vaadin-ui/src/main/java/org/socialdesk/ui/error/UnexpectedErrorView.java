package org.socialdesk.ui.error;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.socialdesk.ui.ProductTitle;
import org.socialdesk.ui.registry.RegistryView;

/** Shown when opening a page fails; the stack trace stays in the server log. */
public class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception>, ProductTitle {

    private static final long serialVersionUID = 1L;

    private final Paragraph message = new Paragraph();

    public UnexpectedErrorView() {
        setId("error-view");
        add(new H2(getTranslation("error.unexpected.title")), message,
                new RouterLink(getTranslation("error.home"), RegistryView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        message.setText(getTranslation("error.unexpected.message", Incident.record(parameter.getCaughtException())));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
