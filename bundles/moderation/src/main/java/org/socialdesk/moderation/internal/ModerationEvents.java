package org.socialdesk.moderation.internal;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of {@code ModerationQueue.listen}, told from a thread of their own that the queue changed, so that
 * a slow listener (a browser's push) holds up neither ingest nor an action. Shared by ingest and the queue service.
 */
@Component(service = ModerationEvents.class)
public class ModerationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationEvents.class);

    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService calls = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "socialdesk-moderation-events");
        thread.setDaemon(true);
        return thread;
    });

    AutoCloseable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener; call it after the change committed. */
    void changed() {
        try {
            calls.execute(() -> listeners.forEach(listener -> {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("A moderation queue listener failed", e);
                }
            }));
        } catch (RejectedExecutionException e) {
            LOG.debug("Moderation is stopping; listeners are not told", e);
        }
    }

    @Deactivate
    void stop() {
        calls.shutdownNow();
    }
}
