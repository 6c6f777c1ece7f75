package org.socialdesk.notification.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.ResponsiblePerson;

/**
 * Who is told about an organisation's accounts and plan: its responsible persons that have an e-mail address, and
 * the press office. An address is told once, however often it is listed; the addresses are private (the public
 * registry never shows them), so nothing here logs them.
 */
final class Recipients {

    private Recipients() {
    }

    /** The responsible persons' addresses, in the press office's order. */
    static List<String> responsible(Organisation organisation) {
        return distinct(organisation.responsiblePersons().stream().map(ResponsiblePerson::email).toList());
    }

    /** The responsible persons' addresses and then the press office's, if configured. */
    static List<String> responsibleAndPressOffice(Organisation organisation, MailSettings settings) {
        List<String> all = new ArrayList<>(responsible(organisation));
        all.add(settings.pressOffice());
        return distinct(all);
    }

    /** The press office's address, if configured. */
    static List<String> pressOffice(MailSettings settings) {
        return distinct(Arrays.asList(settings.pressOffice()));
    }

    /** The part of a mail's key that names its recipient: mail systems do not tell case apart. */
    static String keyOf(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private static List<String> distinct(List<String> addresses) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String address : addresses) {
            if (address != null && !address.isBlank()) {
                byKey.putIfAbsent(keyOf(address.strip()), address.strip());
            }
        }
        return List.copyOf(byKey.values());
    }
}
