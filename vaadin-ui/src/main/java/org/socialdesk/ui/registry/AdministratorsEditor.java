package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/**
 * The people who hold admin access to an account's page, one name a row. A row left blank is dropped, as the
 * registry drops blank and repeated names itself.
 */
final class AdministratorsEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final VerticalLayout rows = new VerticalLayout();
    private final List<AdministratorRow> administrators = new ArrayList<>();
    private final Button add = new Button(getTranslation("security.admins.add"), VaadinIcon.PLUS.create(),
            event -> addRow(""));
    private final Paragraph error = new Paragraph();
    /** Numbers the rows for their ids, which stay unique however many are removed. */
    private int added;

    AdministratorsEditor(List<String> names) {
        setId("account-security-admins");
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        add.setId("account-security-admin-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        error.setId("account-security-admins-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        add(new H4(getTranslation("security.admins")), rows, error, add);
        names.forEach(this::addRow);
    }

    List<String> names() {
        return administrators.stream().map(row -> row.name.getValue().strip()).filter(name -> !name.isEmpty())
                .toList();
    }

    /** Shows the registry's objection to the list until a name is changed. */
    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    void setReadOnly(boolean readOnly) {
        administrators.forEach(row -> row.setReadOnly(readOnly));
        add.setVisible(!readOnly);
    }

    private void addRow(String name) {
        AdministratorRow row = new AdministratorRow(added++, name);
        administrators.add(row);
        rows.add(row);
    }

    /** One name and a button that takes the row away. */
    private final class AdministratorRow extends HorizontalLayout {

        private static final long serialVersionUID = 1L;

        private final TextField name = new TextField();
        private final Button remove = new Button(VaadinIcon.TRASH.create());

        AdministratorRow(int number, String value) {
            setId("account-security-admin-" + number);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            name.setClassName("account-security-admin-name");
            name.setAriaLabel(getTranslation("security.admins.name"));
            name.setPlaceholder(getTranslation("security.admins.name"));
            name.setValue(value);
            name.addValueChangeListener(event -> error.setVisible(false));
            remove.addClickListener(event -> {
                administrators.remove(this);
                rows.remove(this);
                error.setVisible(false);
            });
            remove.setId("account-security-admin-remove-" + number);
            remove.setAriaLabel(getTranslation("security.admins.remove"));
            remove.setTooltipText(getTranslation("security.admins.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            add(name, remove);
            setFlexGrow(1, name);
        }

        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
