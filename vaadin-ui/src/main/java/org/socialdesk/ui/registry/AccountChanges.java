package org.socialdesk.ui.registry;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.PlatformServices;

/**
 * Makes one change through the account service and says how it went. A rejected record goes to the caller,
 * which shows it beside the field at fault; the service writes nothing in that case, nor when it refuses.
 */
final class AccountChanges {

    private static final Logger LOG = LoggerFactory.getLogger(AccountChanges.class);
    private static final int DONE_MILLIS = 4_000;
    // a refusal needs reading and acting on, so it stays longer
    private static final int ERROR_MILLIS = 10_000;

    private AccountChanges() {
    }

    /**
     * @param rejected shown the service's objection to the record
     * @param doneKey  message key of the confirmation, filled in with the changed account's title
     * @return the account as stored, or empty when nothing was changed
     */
    static Optional<Account> apply(Function<AccountService, Account> change,
            Consumer<RegistryValidationException> rejected, String doneKey) {
        return apply(change, rejected, doneKey, Account::title);
    }

    /**
     * A change that stores something of an account other than the account itself.
     *
     * @param doneArgument what the confirmation is filled in with, given what the service stored
     */
    static <T> Optional<T> apply(Function<AccountService, T> change, Consumer<RegistryValidationException> rejected,
            String doneKey, Function<T, String> doneArgument) {
        UI ui = UI.getCurrent();
        Optional<AccountService> service = PlatformServices.current().accounts();
        if (service.isEmpty()) {
            notify(ui.getTranslation("service.unavailable"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
            return Optional.empty();
        }
        try {
            T changed = change.apply(service.get());
            notify(ui.getTranslation(doneKey, doneArgument.apply(changed)), NotificationVariant.LUMO_SUCCESS,
                    DONE_MILLIS);
            return Optional.of(changed);
        } catch (RegistryValidationException e) {
            rejected.accept(e);
        } catch (AccessDeniedException e) {
            notify(ui.getTranslation("account.error.denied"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
        } catch (RuntimeException e) {
            LOG.error("The account service failed", e);
            notify(ui.getTranslation("service.failed"), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
        }
        return Optional.empty();
    }

    /** The service's objection in the user's language. */
    static String message(RegistryValidationException error) {
        String key = RegistryErrors.key(error);
        UI ui = UI.getCurrent();
        return key.equals(RegistryErrors.REJECTED) ? ui.getTranslation(key, error.getMessage())
                : ui.getTranslation(key);
    }

    static void notifyRejected(RegistryValidationException error) {
        notify(message(error), NotificationVariant.LUMO_ERROR, ERROR_MILLIS);
    }

    private static void notify(String text, NotificationVariant variant, int millis) {
        Notification notification = new Notification(text, millis, Notification.Position.TOP_CENTER);
        notification.setId("accounts-notification");
        notification.addThemeVariants(variant);
        notification.open();
    }
}
