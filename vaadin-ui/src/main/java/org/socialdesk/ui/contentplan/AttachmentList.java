package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * The media files of an item. An uploaded file goes to the media store at once, with the alt text typed before
 * it; each file shows its type and size, and its alt text stays editable, as the linter asks for it (д.9).
 */
final class AttachmentList extends Div {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentList.class);
    /** Files are held in memory on their way to the store; no network takes more than this in one file anyway. */
    static final int MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

    private final List<Attachment> attachments;
    private final Runnable changed;
    private final Div rows = new Div();
    private final TextField altText = new TextField();
    private final Upload upload;
    private boolean readOnly;

    /** @param attachments the draft's list, changed in place; {@code changed} runs after every change */
    AttachmentList(long organisationId, List<Attachment> attachments, Runnable changed) {
        this.attachments = attachments;
        this.changed = changed;
        setId("plan-attachments");
        UI ui = UI.getCurrent();
        // the upload request does not hold the session lock; storing and redrawing happen under it
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(
                () -> store(organisationId, metadata, bytes))));
        upload.setId("plan-upload");
        upload.setAcceptedFileTypes("image/*", "video/*");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("plan.upload.add"))
                        .setMany(getTranslation("plan.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("plan.upload.drop"))
                        .setMany(getTranslation("plan.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("plan.upload.too-big"))
                        .setIncorrectFileType(getTranslation("plan.upload.wrong-type"))
                        .setTooManyFiles(getTranslation("plan.upload.too-many"))));
        upload.addFileRejectedListener(event -> PlanChanges.notifyError(
                getTranslation("plan.upload.rejected", event.getFileName(), event.getErrorMessage())));

        altText.setId("plan-alt-text");
        altText.setLabel(getTranslation("plan.upload.alt-text"));
        altText.setHelperText(getTranslation("plan.upload.alt-text.helper"));
        altText.setWidthFull();
        rows.setId("plan-attachment-rows");
        add(altText, upload, rows);
        showRows();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        upload.setVisible(!readOnly);
        altText.setVisible(!readOnly);
        showRows();
    }

    private void store(long organisationId, UploadMetadata metadata, byte[] bytes) {
        String type = metadata.contentType() == null ? "application/octet-stream" : metadata.contentType();
        try {
            Attachment stored = PlatformServices.current().mediaStore()
                    .map(store -> store.store(CurrentCaller.require(), organisationId, metadata.fileName(), type,
                            bytes, blankToNull(altText.getValue())))
                    .orElse(null);
            if (stored == null) {
                PlanChanges.notifyError(getTranslation("service.unavailable"));
                return;
            }
            attachments.add(stored);
            altText.clear();
            upload.clearFileList();
            showRows();
            changed.run();
        } catch (PlanValidationException e) {
            PlanChanges.notifyError(getTranslation("plan.upload.rejected", metadata.fileName(),
                    PlanChanges.message(e)));
        } catch (AccessDeniedException e) {
            PlanChanges.notifyError(getTranslation("plan.error.denied"));
        } catch (RuntimeException e) {
            LOG.error("The media store refused or failed to store {}", metadata.fileName(), e);
            PlanChanges.notifyError(getTranslation("plan.upload.failed", metadata.fileName()));
        }
    }

    private void showRows() {
        rows.removeAll();
        for (int i = 0; i < attachments.size(); i++) {
            rows.add(row(i, attachments.get(i)));
        }
    }

    private HorizontalLayout row(int index, Attachment attachment) {
        Span name = new Span(attachment.fileName());
        name.getStyle().set("font-weight", "600");
        Span details = new Span(attachment.mimeType() + ", " + size(attachment.size()));
        details.getStyle().set("color", "var(--lumo-secondary-text-color)");
        TextField alt = new TextField();
        alt.setId("plan-attachment-alt-" + attachment.mediaId());
        alt.setPlaceholder(getTranslation("plan.upload.alt-text"));
        alt.setValue(attachment.altText() == null ? "" : attachment.altText());
        alt.setReadOnly(readOnly);
        alt.addValueChangeListener(event -> {
            Attachment current = attachments.get(index);
            attachments.set(index, new Attachment(current.mediaId(), current.fileName(), current.mimeType(),
                    current.size(), current.sha256(), blankToNull(event.getValue())));
            changed.run();
        });
        Button remove = new Button(VaadinIcon.TRASH.create(), event -> {
            attachments.remove(index);
            showRows();
            changed.run();
        });
        remove.setId("plan-attachment-remove-" + attachment.mediaId());
        remove.setAriaLabel(getTranslation("plan.upload.remove", attachment.fileName()));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        remove.setVisible(!readOnly);
        HorizontalLayout row = new HorizontalLayout(name, details, alt, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, alt);
        row.setWidthFull();
        return row;
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("plan.size.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return getTranslation("plan.size.kb", String.format(Locale.ROOT, "%.1f", bytes / 1024.0));
        }
        return getTranslation("plan.size.mb", String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
