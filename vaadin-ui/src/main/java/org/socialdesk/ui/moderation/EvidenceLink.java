package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * «Выгрузить доказательства»: the snapshots, hashes and actions of the selected comments as the queue's ZIP, for a
 * complaint or a court request. The file is made when it is downloaded, so it holds every action up to then.
 */
final class EvidenceLink extends Anchor {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(EvidenceLink.class);
    private static final int HTTP_FORBIDDEN = 403;
    private static final int HTTP_UNAVAILABLE = 503;

    EvidenceLink() {
        setId("moderation-evidence");
        add(new Button(getTranslation("moderation.evidence"), VaadinIcon.DOWNLOAD.create()));
        offer(List.of());
    }

    /**
     * Offers the evidence of these comments. The caller is fixed now: the download runs later, outside the
     * session's lock.
     */
    void offer(List<QueuedComment> comments) {
        setEnabled(!comments.isEmpty());
        if (comments.isEmpty()) {
            removeHref();
            return;
        }
        Caller caller = CurrentCaller.require();
        List<Long> ids = comments.stream().map(QueuedComment::id).toList();
        String name = fileName(LocalDate.now(Organisation.ALTAI), ids.size());
        DownloadHandler zip = download -> write(download, caller, ids, name);
        setHref(zip, AttachmentType.DOWNLOAD);
    }

    static String fileName(LocalDate day, int comments) {
        return "socialdesk-evidence-" + day + "-" + comments + ".zip";
    }

    private static void write(DownloadEvent download, Caller caller, List<Long> ids, String name)
            throws IOException {
        Optional<ModerationQueue> queue = PlatformServices.current().moderation();
        byte[] zip;
        try {
            zip = queue.map(service -> service.evidence(caller, ids)).orElse(null);
        } catch (AccessDeniedException e) {
            refuse(download, HTTP_FORBIDDEN, "moderation.error.denied");
            return;
        } catch (RuntimeException e) {
            LOG.error("The evidence of {} comments could not be made", ids.size(), e);
            refuse(download, HTTP_UNAVAILABLE, "service.failed");
            return;
        }
        if (zip == null) {
            refuse(download, HTTP_UNAVAILABLE, "service.unavailable");
            return;
        }
        download.setFileName(name);
        download.setContentType("application/zip");
        download.setContentLength(zip.length);
        download.getOutputStream().write(zip);
    }

    /** The browser's download fails with the status; the page says why. */
    private static void refuse(DownloadEvent download, int status, String key) {
        download.getResponse().setStatus(status);
        UI ui = download.getUI();
        if (ui != null) {
            ui.access(() -> ModerationNotification.error(ui.getTranslation(key)));
        }
    }
}
