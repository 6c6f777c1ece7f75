package org.socialdesk.ui.error;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouterLink;
import jakarta.servlet.http.HttpServletResponse;
import org.socialdesk.ui.ProductTitle;
import org.socialdesk.ui.registry.RegistryView;

/** Replaces Vaadin's English page for unknown addresses, which also lists every route of the application. */
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, ProductTitle {

    private static final long serialVersionUID = 1L;

    public NotFoundView() {
        setId("not-found-view");
        add(new H2(getTranslation("error.not-found.title")),
                new Paragraph(getTranslation("error.not-found.message")),
                new RouterLink(getTranslation("error.home"), RegistryView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
