package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.socialdesk.core.registry.RegistryPublication;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;

/** The code an official website pastes to show the registry (д.5), for the whole registry or one organisation. */
final class EmbedSnippetDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    EmbedSnippetDialog(Long organisationId, String organisationName) {
        setId("registry-embed-dialog");
        setHeaderTitle(organisationName == null ? getTranslation("registry.embed.title.all")
                : getTranslation("registry.embed.title.one", organisationName));
        setWidth("min(48rem, 95vw)");

        ServiceNotice notice = new ServiceNotice("registry-embed-notice");
        TextArea code = new TextArea(getTranslation("registry.embed.code"));
        code.setId("registry-embed-code");
        code.setReadOnly(true);
        code.setWidthFull();
        notice.ask(PlatformServices.current().registryPublication(),
                (RegistryPublication publication) -> publication.embedSnippet(baseUrl(), organisationId))
                .ifPresent(code::setValue);
        code.setVisible(!code.isEmpty());

        Button close = new Button(getTranslation("registry.embed.close"), event -> close());
        close.setId("registry-embed-close");
        add(new Paragraph(getTranslation("registry.embed.hint")), notice, code);
        getFooter().add(close);
    }

    /** The address this browser reached SocialDesk at: the one visitors of the official website will use too. */
    private static String baseUrl() {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        String port = request.getServerPort() == 80 || request.getServerPort() == 443 ? ""
                : ":" + request.getServerPort();
        return request.getScheme() + "://" + request.getServerName() + port;
    }
}
