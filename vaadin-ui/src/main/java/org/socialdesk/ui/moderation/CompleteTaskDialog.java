package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import org.socialdesk.core.moderation.ManualTask;
import org.socialdesk.ui.ExternalLink;

/** Marks a manual task done; the note says what the person did on the network, for the record. */
final class CompleteTaskDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int NOTE_LENGTH = 2000;

    private final TextArea note = new TextArea();

    /** @param complete called with the note */
    CompleteTaskDialog(ManualTask task, String action, SerializableConsumer<String> complete) {
        setId("moderation-task-done-dialog");
        setHeaderTitle(getTranslation("moderation.task.done.title", action));
        setWidth("32em");

        note.setId("moderation-task-note");
        note.setLabel(getTranslation("moderation.task.note"));
        note.setHelperText(getTranslation("moderation.task.note.helper"));
        note.setMaxLength(NOTE_LENGTH);
        note.setWidthFull();
        note.setManualValidation(true);
        add(ExternalLink.of(task.link(), getTranslation("moderation.task.open")), note);

        Button cancel = new Button(getTranslation("moderation.cancel"), event -> close());
        cancel.setId("moderation-task-cancel");
        Button done = new Button(getTranslation("moderation.task.done"), event -> {
            String text = note.getValue().strip();
            if (text.isEmpty()) {
                note.setErrorMessage(getTranslation("moderation.task.note.required"));
                note.setInvalid(true);
                return;
            }
            close();
            complete.accept(text);
        });
        done.setId("moderation-task-confirm");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, done);
        note.focus();
    }
}
