package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * One stored secret: its name and a mask of fixed length, which tells nothing about the value, not even its
 * length. «Заменить» opens a field for a new value; the old one is never shown.
 */
final class SecretRow extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    /**
     * @param replace stores the value typed into the field it is given
     * @param remove  asks whether to remove the secret, and does
     */
    SecretRow(String name, SerializableConsumer<SecretValueField> replace, SerializableRunnable remove) {
        // the singular prefix keeps these ids apart from the dialog's own, whatever the name; the parts of a
        // row are told apart by class, since any suffix could also be part of another name
        setId("account-secret-" + name);
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);

        Span label = new Span(name);
        label.addClassName("secret-name");
        label.setWidth("13em");
        Span mask = new Span(getTranslation("secrets.mask"));
        mask.addClassName("secret-mask");

        SecretValueField value = new SecretValueField();
        value.addClassName("secret-new-value");
        value.setAriaLabel(getTranslation("secrets.new-value", name));
        value.setPlaceholder(getTranslation("secrets.value"));
        Button store = new Button(getTranslation("secrets.save"), event -> replace.accept(value));
        store.addClassName("secret-store");
        store.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        HorizontalLayout replacing = new HorizontalLayout(value, store);
        replacing.setAlignItems(FlexComponent.Alignment.BASELINE);
        replacing.setVisible(false);

        Button open = new Button(getTranslation("secrets.replace"));
        open.addClassName("secret-replace");
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.addClickListener(event -> {
            open.setVisible(false);
            replacing.setVisible(true);
            value.focus();
        });
        Button delete = new Button(getTranslation("secrets.remove"), event -> remove.run());
        delete.addClassName("secret-remove");
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        add(label, mask, open, replacing, delete);
        setFlexGrow(1, mask);
    }
}
