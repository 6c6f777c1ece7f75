package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.AccessRight;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.telegram.fake.FakeTelegram;
import org.socialdesk.core.registry.AccountRight;

/** The channel's card from getChat, with the bot's rights from getChatMember for the registry's account check. */
class AccountCardTest {

    private final TelegramFixture fixture = PublishingRulesTest.newFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theCardShowsTitleAndDescriptionButNoTokenBearingPhotoAddress() throws ConnectorException {
        AccountCard card = card();
        assertEquals(FakeTelegram.CHANNEL_TITLE, card.name());
        assertEquals("Официальный канал пресс-службы", card.description());
        assertNull(card.avatarUrl());
    }

    @Test
    void aBotWithAllRightsHasEveryRightSocialDeskNeeds() throws ConnectorException {
        assertEquals(List.of(new AccessRight(AccountRight.PUBLISH, true, null),
                new AccessRight(AccountRight.DELETE_COMMENTS, true, null),
                new AccessRight(AccountRight.RESTRICT_USERS, true, null)), card().accessRights());
    }

    @Test
    void aBotThatMayNotRestrictIsFlagged() throws ConnectorException {
        fixture.telegram.revokeRight("can_restrict_members");
        assertEquals(new AccessRight(AccountRight.RESTRICT_USERS, false,
                "the bot may not ban or restrict commenters in the discussion group"), card().accessRights().get(2));
    }

    @Test
    void aBotThatIsNoAdministratorOfTheGroupMayNotModerate() throws ConnectorException {
        fixture.telegram.demoteBotInGroup();
        List<AccessRight> rights = card().accessRights();
        assertEquals(new AccessRight(AccountRight.PUBLISH, true, null), rights.get(0));
        assertEquals(new AccessRight(AccountRight.DELETE_COMMENTS, false,
                "the bot is not an administrator of the discussion group (member)"), rights.get(1));
        assertEquals(false, rights.get(2).granted());
    }

    private AccountCard card() throws ConnectorException {
        return fixture.connector().readAccountCard(fixture.account(), fixture.credentials());
    }
}
