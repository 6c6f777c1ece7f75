package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.moderation.ModerationQueue;

/**
 * Pushes the queue's changes to an open page. The queue calls from its own thread, possibly many times while
 * comments are being read in; one refresh waiting for the page's lock covers them all, so a burst of new
 * comments costs the browser one round trip, not one per comment.
 */
final class QueueUpdates implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(QueueUpdates.class);

    private final AtomicBoolean pending = new AtomicBoolean();
    private transient AutoCloseable subscription;

    /** Listens to the queue until {@link #stop()}; {@code refresh} runs with the page's lock held. */
    void start(UI ui, ModerationQueue queue, SerializableRunnable refresh) {
        stop();
        subscription = queue.listen(() -> {
            if (pending.compareAndSet(false, true)) {
                try {
                    ui.access(() -> {
                        pending.set(false);
                        refresh.run();
                    });
                } catch (UIDetachedException e) {
                    // the tab was closed between the change and now; its detach stops the listening
                    pending.set(false);
                }
            }
        });
    }

    void stop() {
        if (subscription == null) {
            return;
        }
        try {
            subscription.close();
        } catch (Exception e) {
            // a queue that is stopping may fail to unregister; it calls nobody once stopped anyway
            LOG.warn("Could not stop listening to the moderation queue", e);
        }
        subscription = null;
        pending.set(false);
    }
}
