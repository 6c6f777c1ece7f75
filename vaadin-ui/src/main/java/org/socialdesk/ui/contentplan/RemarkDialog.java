package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/**
 * Asks for a text before a step of the approval flow: the remark of a return and the reason of a withdrawal are
 * required, a remark on approval is not.
 */
final class RemarkDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** @param confirmed called with the text, stripped, or {@code null} when an optional one was left empty */
    RemarkDialog(String titleKey, String labelKey, boolean required, Consumer<String> confirmed) {
        setId("plan-remark-dialog");
        setHeaderTitle(getTranslation(titleKey));
        setWidth("32em");
        TextArea remark = new TextArea(getTranslation(labelKey));
        remark.setId("plan-remark");
        remark.setWidthFull();
        remark.setMinHeight("8em");
        add(remark);

        Button cancel = new Button(getTranslation("plan.cancel"), event -> close());
        cancel.setId("plan-remark-cancel");
        Button confirm = new Button(getTranslation("plan.remark.confirm"), event -> {
            String text = remark.getValue().strip();
            if (required && text.isEmpty()) {
                remark.setErrorMessage(getTranslation("plan.remark.missing"));
                remark.setInvalid(true);
                return;
            }
            close();
            confirmed.accept(text.isEmpty() ? null : text);
        });
        confirm.setId("plan-remark-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }
}
