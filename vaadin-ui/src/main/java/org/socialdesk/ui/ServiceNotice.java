package org.socialdesk.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.security.AccessDeniedException;

/**
 * A line in a view that says why data is missing. Service calls go through it so that a stopped bundle or a
 * refused call shows a sentence instead of an error page.
 */
public class ServiceNotice extends Paragraph {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ServiceNotice.class);

    public ServiceNotice(String id) {
        setId(id);
        setVisible(false);
    }

    /** Asks the service if it is there; on success hides the notice, otherwise shows why nothing came back. */
    public <S, R> Optional<R> ask(Optional<S> service, Function<S, R> query) {
        if (service.isEmpty()) {
            show("service.unavailable");
            return Optional.empty();
        }
        try {
            R result = query.apply(service.get());
            setVisible(false);
            return Optional.of(result);
        } catch (AccessDeniedException e) {
            show("service.denied");
        } catch (RuntimeException e) {
            // a failing service (database down, bundle stopping) must not take the whole view with it
            LOG.error("A platform service failed while serving the UI", e);
            show("service.failed");
        }
        return Optional.empty();
    }

    private void show(String key) {
        setText(getTranslation(key));
        setVisible(true);
    }
}
