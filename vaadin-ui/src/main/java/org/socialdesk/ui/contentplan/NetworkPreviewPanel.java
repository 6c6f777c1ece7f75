package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import org.socialdesk.connector.ConnectorDescription;

/**
 * How each target network would take the item before it is submitted: length against its text or caption
 * limit, the place where the text would be cut, and the attachments against its limits.
 */
final class NetworkPreviewPanel extends Div {

    private static final long serialVersionUID = 1L;

    NetworkPreviewPanel() {
        setId("plan-preview");
    }

    /**
     * @param textOf     each target network's text: its variant or the common text
     * @param connectors the installed connectors of the target networks, by network id
     */
    void show(List<String> networks, Map<String, String> textOf, List<NetworkPreview.File> files,
            Map<String, ConnectorDescription> connectors) {
        removeAll();
        if (networks.isEmpty()) {
            add(new Paragraph(getTranslation("plan.preview.no-targets")));
        }
        for (String network : networks) {
            Div block = new Div();
            block.setId("plan-preview-" + network);
            ConnectorDescription connector = connectors.get(network);
            block.add(new H5(connector == null ? network : connector.displayName()));
            if (connector == null) {
                block.add(new Paragraph(getTranslation("plan.preview.no-connector")));
            } else {
                String text = textOf.getOrDefault(network, "");
                NetworkPreview preview = NetworkPreview.of(text, files, connector.limits());
                block.add(lengthLine(preview), cutText(text, preview), attachmentsLine(preview));
            }
            add(block);
        }
    }

    private Paragraph lengthLine(NetworkPreview preview) {
        Paragraph line = new Paragraph(getTranslation(preview.caption() ? "plan.preview.caption-length"
                : "plan.preview.text-length", preview.length(), preview.limit()));
        if (preview.cutAt() >= 0) {
            line.add(new Span(" " + getTranslation("plan.preview.over", preview.length() - preview.cutAt())));
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return line;
    }

    /** The text as the network keeps it, and the part it would drop struck through after it. */
    private Div cutText(String text, NetworkPreview preview) {
        Div shown = new Div();
        shown.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)")
                .set("max-height", "10em").set("overflow", "auto")
                .set("border", "1px dashed var(--lumo-contrast-20pct)").set("padding", "var(--lumo-space-xs)");
        if (preview.cutAt() < 0) {
            shown.add(new Span(text));
            return shown;
        }
        Span dropped = new Span(text.substring(preview.cutAt()));
        dropped.addClassName("plan-preview-cut");
        dropped.getStyle().set("text-decoration", "line-through").set("color", "var(--lumo-error-text-color)");
        shown.add(new Span(text.substring(0, preview.cutAt())), dropped);
        return shown;
    }

    private Paragraph attachmentsLine(NetworkPreview preview) {
        Paragraph line = new Paragraph(getTranslation("plan.preview.attachments", preview.attachments(),
                preview.maxAttachments()));
        if (!preview.tooLarge().isEmpty()) {
            line.add(new Span(" " + getTranslation("plan.preview.too-large", String.join(", ", preview.tooLarge()))));
        }
        if (preview.attachments() > preview.maxAttachments() || !preview.tooLarge().isEmpty()) {
            line.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        return line;
    }
}
