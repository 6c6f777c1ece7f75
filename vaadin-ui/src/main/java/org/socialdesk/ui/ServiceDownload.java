package org.socialdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.streams.DownloadEvent;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.security.AccessDeniedException;

/**
 * A file a platform service makes when it is downloaded. When it cannot be made, the browser's download fails with
 * an HTTP status and the page says why, as the download runs outside the session's lock.
 */
public final class ServiceDownload {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceDownload.class);
    private static final int HTTP_FORBIDDEN = 403;
    private static final int HTTP_UNAVAILABLE = 503;
    private static final int NOTICE_MILLIS = 6_000;

    private ServiceDownload() {
    }

    /**
     * @param service  the service, empty while its bundle is not running
     * @param make     the file's bytes from the service
     * @param fileName the name the browser saves the file under
     */
    public static <S> void send(DownloadEvent download, Optional<S> service, Function<S, byte[]> make,
            String fileName, String mediaType) throws IOException {
        byte[] file;
        try {
            file = service.map(make).orElse(null);
        } catch (AccessDeniedException e) {
            refuse(download, HTTP_FORBIDDEN, "service.denied");
            return;
        } catch (RuntimeException e) {
            LOG.error("Making the download {} failed", fileName, e);
            refuse(download, HTTP_UNAVAILABLE, "service.failed");
            return;
        }
        if (file == null) {
            refuse(download, HTTP_UNAVAILABLE, "service.unavailable");
            return;
        }
        download.setFileName(fileName);
        download.setContentType(mediaType);
        download.setContentLength(file.length);
        download.getOutputStream().write(file);
    }

    private static void refuse(DownloadEvent download, int status, String key) {
        download.getResponse().setStatus(status);
        UI ui = download.getUI();
        if (ui != null) {
            ui.access(() -> {
                Notification notification = new Notification(ui.getTranslation(key), NOTICE_MILLIS,
                        Notification.Position.TOP_CENTER);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                notification.open();
            });
        }
    }
}
