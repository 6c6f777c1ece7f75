package org.socialdesk.ui.registry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.Serializable;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.vault.TokenVault;
import org.socialdesk.ui.PlatformServices;

/**
 * Makes one change through the token vault and tells the person in their language how it went: what was done,
 * or why not, never a stack trace. Messages name the secret, never its value.
 */
final class SecretChanges implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SecretChanges.class);
    private static final int DONE_MILLIS = 4_000;
    // a refusal needs reading and acting on, so it stays longer
    private static final int ERROR_MILLIS = 10_000;

    private final long accountId;
    private final Runnable afterChange;

    /** @param afterChange shows the account's secrets as they are now, after a change was made */
    SecretChanges(long accountId, Runnable afterChange) {
        this.accountId = accountId;
        this.afterChange = afterChange;
    }

    /**
     * @param doneKey message key of the confirmation, filled in with the secret's name
     * @return whether the vault made the change
     */
    boolean apply(Consumer<TokenVault> change, String doneKey, String name) {
        UI ui = UI.getCurrent();
        Optional<TokenVault> vault = PlatformServices.current().tokenVault();
        if (vault.isEmpty()) {
            notify(ui.getTranslation("service.unavailable"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        }
        try {
            change.accept(vault.get());
        } catch (AccessDeniedException e) {
            notify(ui.getTranslation("secrets.error.denied"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        } catch (RuntimeException e) {
            // the vault's messages carry names and ids only, so the log may have them in full
            LOG.error("The token vault failed to change secret {} of account {}", name, accountId, e);
            notify(ui.getTranslation("secrets.error.failed"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return false;
        }
        afterChange.run();
        notify(ui.getTranslation(doneKey, name), NotificationVariant.LUMO_SUCCESS, DONE_MILLIS);
        return true;
    }

    private static void notify(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.setId("account-secrets-notification");
        notification.addThemeVariants(variant);
        notification.open();
    }
}
