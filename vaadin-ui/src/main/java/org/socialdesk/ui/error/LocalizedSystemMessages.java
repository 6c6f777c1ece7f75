package org.socialdesk.ui.error;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import java.util.Locale;
import org.socialdesk.ui.i18n.SocialDeskI18NProvider;

/** Vaadin's own messages (session expired, internal error, cookies off) in the user's language. */
public class LocalizedSystemMessages implements SystemMessagesProvider {

    private static final long serialVersionUID = 1L;

    private final SocialDeskI18NProvider texts = new SocialDeskI18NProvider();

    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        Locale locale = info.getLocale();
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(texts.getTranslation("system.session-expired.caption", locale));
        messages.setSessionExpiredMessage(texts.getTranslation("system.session-expired.message", locale));
        messages.setInternalErrorCaption(texts.getTranslation("system.internal-error.caption", locale));
        messages.setInternalErrorMessage(texts.getTranslation("system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(texts.getTranslation("system.cookies-disabled.caption", locale));
        messages.setCookiesDisabledMessage(texts.getTranslation("system.cookies-disabled.message", locale));
        return messages;
    }
}
