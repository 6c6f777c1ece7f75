package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.net.URL;

/**
 * «Ссылка для подписки»: the address of the organisation's calendar feed, for staff to paste into Outlook,
 * Thunderbird, Яндекс.Календарь or a phone. The feed lives beside the UI on the same server, so the address is built
 * from the page's own origin as the browser sees it, which is the right one behind a proxy too.
 */
final class PlanSubscriptionDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    PlanSubscriptionDialog(long organisationId) {
        setId("plan-subscription-dialog");
        setHeaderTitle(getTranslation("plan.subscription.title"));
        setWidth("min(40rem, 95vw)");

        TextField address = new TextField(getTranslation("plan.subscription.address"));
        address.setId("plan-subscription-address");
        address.setReadOnly(true);
        address.setWidthFull();
        // selected when focused, so that one click and Ctrl+C copy it
        address.getElement().executeJs("this.inputElement.addEventListener('focus', e => e.target.select())");
        getElement().getNode().runWhenAttached(ui -> ui.getPage().fetchCurrentURL(
                page -> address.setValue(feedAddress(page, organisationId))));

        Button close = new Button(getTranslation("plan.subscription.close"), event -> close());
        close.setId("plan-subscription-close");
        add(address, new Paragraph(getTranslation("plan.subscription.hint")));
        getFooter().add(close);
    }

    /** The feed's address on the origin of the page at {@code page}. */
    static String feedAddress(URL page, long organisationId) {
        String port = page.getPort() == -1 ? "" : ":" + page.getPort();
        return page.getProtocol() + "://" + page.getHost() + port + "/calendar/plan.ics?org=" + organisationId;
    }
}
