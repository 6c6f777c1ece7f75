package org.socialdesk.ui.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Texts of the UI from {@code i18n/messages_*.properties}. Russian is the working language of the
 * region's officials, so it is first and is what every other language falls back to; English is offered
 * for support staff.
 */
public class SocialDeskI18NProvider implements I18NProvider {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SocialDeskI18NProvider.class);

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final List<Locale> LOCALES = List.of(RUSSIAN, Locale.ENGLISH);

    static final String BUNDLE = "i18n.messages";

    // without this, a missing key would silently come from the JVM's default locale
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        if (!bundle.containsKey(key)) {
            LOG.warn("No text for key '{}' in locale {}", key, bundle.getLocale());
            return "!" + key + "!";
        }
        String text = bundle.getString(key);
        return params.length == 0 ? text : new MessageFormat(text, bundle.getLocale()).format(params);
    }

    /** The offered locale with the same language, or Russian. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return RUSSIAN;
        }
        return LOCALES.stream()
                .filter(locale -> locale.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(RUSSIAN);
    }

    /** The offered locale to switch to from the given one. */
    public static Locale other(Locale current) {
        Locale supported = supported(current);
        return LOCALES.stream().filter(locale -> !locale.equals(supported)).findFirst().orElse(RUSSIAN);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supported(locale), SocialDeskI18NProvider.class.getClassLoader(),
                NO_FALLBACK);
    }
}
