package org.socialdesk.ui.registry;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.socialdesk.core.model.ResponsiblePerson;

/**
 * The responsible persons of an organisation, one row each: name, position, phone, e-mail. A row left blank is
 * dropped; the service checks the rest and its objection is shown on the row's field by the service's name for it
 * ({@code responsiblePersons.N.phone}).
 */
final class ResponsiblePersonsEditor extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final VerticalLayout rows = new VerticalLayout();
    private final List<PersonRow> people = new ArrayList<>();

    ResponsiblePersonsEditor(List<ResponsiblePerson> persons) {
        setId("organisation-form-persons");
        setPadding(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        Button add = new Button(getTranslation("org.form.person.add"), VaadinIcon.PLUS.create(),
                event -> addRow(null));
        add.setId("organisation-form-person-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new H4(getTranslation("org.form.persons")), rows, add);
        persons.forEach(this::addRow);
    }

    /** The rows that have anything in them, in their order: the indexes the service's field names count. */
    List<ResponsiblePerson> persons() {
        return filled().stream().map(PersonRow::person).toList();
    }

    /** The field a service field name such as {@code responsiblePersons.1.email} points to. */
    Optional<TextField> field(String serviceField) {
        String[] parts = serviceField.split("\\.");
        if (parts.length != 3 || !parts[0].equals("responsiblePersons")) {
            return Optional.empty();
        }
        List<PersonRow> filled = filled();
        int index = Integer.parseInt(parts[1]);
        return index < filled.size() ? filled.get(index).field(parts[2]) : Optional.empty();
    }

    private List<PersonRow> filled() {
        return people.stream().filter(row -> !row.blank()).toList();
    }

    private void addRow(ResponsiblePerson person) {
        PersonRow row = new PersonRow(people.size(), person);
        people.add(row);
        rows.add(row);
    }

    /** One person's fields and a button that takes the row away. */
    private final class PersonRow extends HorizontalLayout {

        private static final long serialVersionUID = 1L;

        private final TextField name = field("name", "org.form.person.name");
        private final TextField position = field("position", "org.form.person.position");
        private final TextField phone = field("phone", "org.form.person.phone");
        private final TextField email = field("email", "org.form.person.email");

        PersonRow(int number, ResponsiblePerson person) {
            setId("organisation-form-person-" + number);
            setWidthFull();
            setAlignItems(FlexComponent.Alignment.BASELINE);
            phone.setHelperText(getTranslation("org.form.person.phone.helper"));
            if (person != null) {
                name.setValue(person.name());
                position.setValue(text(person.position()));
                phone.setValue(text(person.phone()));
                email.setValue(text(person.email()));
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
                people.remove(this);
                rows.remove(this);
            });
            remove.setId("organisation-form-person-remove-" + number);
            remove.setAriaLabel(getTranslation("org.form.person.remove"));
            remove.setTooltipText(getTranslation("org.form.person.remove"));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            add(name, position, phone, email, remove);
            setFlexGrow(1, name, position, phone, email);
        }

        ResponsiblePerson person() {
            return new ResponsiblePerson(name.getValue(), position.getValue(), phone.getValue(), email.getValue());
        }

        boolean blank() {
            return name.getValue().isBlank() && position.getValue().isBlank() && phone.getValue().isBlank()
                    && email.getValue().isBlank();
        }

        Optional<TextField> field(String part) {
            return switch (part) {
                case "name" -> Optional.of(name);
                case "position" -> Optional.of(position);
                case "phone" -> Optional.of(phone);
                case "email" -> Optional.of(email);
                default -> Optional.empty();
            };
        }

        private TextField field(String part, String key) {
            TextField field = new TextField(getTranslation(key));
            field.setClassName("organisation-form-person-" + part);
            field.setMinWidth("8em");
            // a corrected value clears the service's objection to it
            field.addValueChangeListener(event -> field.setInvalid(false));
            return field;
        }

        private String text(String value) {
            return value == null ? "" : value;
        }
    }
}
