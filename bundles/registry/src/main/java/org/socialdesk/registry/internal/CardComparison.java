package org.socialdesk.registry.internal;

import java.util.ArrayList;
import java.util.List;
import org.socialdesk.connector.AccessRight;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.OfficialMark;
import org.socialdesk.core.registry.CardDifference;
import org.socialdesk.core.registry.CardDifference.CardField;
import org.socialdesk.core.registry.MissingRight;

/**
 * What an account's public card shows differently from the registry's record of the account, and which rights the
 * card says the credentials lack.
 */
final class CardComparison {

    private CardComparison() {
    }

    static List<CardDifference> differences(Account account, AccountCard card) {
        List<CardDifference> differences = new ArrayList<>();
        // networks pad names with spaces the registry's validation strips, which is no real difference
        String title = text(account.title());
        String name = text(card.name());
        if (!title.equals(name)) {
            differences.add(new CardDifference(CardField.TITLE, title, name));
        }
        Appearance appearance = account.appearance();
        presence(differences, CardField.DESCRIPTION, appearance.description(), !text(card.description()).isEmpty());
        presence(differences, CardField.AVATAR, appearance.avatar(), card.avatarUrl() != null);
        presence(differences, CardField.COVER, appearance.cover(), card.coverUrl() != null);
        presence(differences, CardField.OFFICIAL_MARK, account.officialMark() == OfficialMark.GRANTED,
                card.officialMark());
        return differences;
    }

    /** The rights the connector checked and found not granted, in the order it reported them. */
    static List<MissingRight> missingRights(AccountCard card) {
        return card.accessRights().stream().filter(right -> !right.granted())
                .map(right -> new MissingRight(right.right(), right.detail())).toList();
    }

    private static void presence(List<CardDifference> differences, CardField field, boolean registry,
            boolean network) {
        if (registry != network) {
            differences.add(new CardDifference(field, Boolean.toString(registry), Boolean.toString(network)));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
