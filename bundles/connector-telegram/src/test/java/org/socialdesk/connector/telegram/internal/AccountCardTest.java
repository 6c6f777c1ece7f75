package org.socialdesk.connector.telegram.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.telegram.fake.FakeTelegram;

/** The channel's card from getChat, and the bot's rights from getChatMember for the security checklist. */
class AccountCardTest {

    private final TelegramFixture fixture = PublishingRulesTest.newFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theCardShowsTitleAndDescriptionButNoTokenBearingPhotoAddress() throws ConnectorException {
        AccountCard card = fixture.connector().readAccountCard(fixture.account(), fixture.credentials());
        assertEquals(FakeTelegram.CHANNEL_TITLE, card.name());
        assertEquals("Официальный канал пресс-службы", card.description());
        assertNull(card.avatarUrl());
    }

    @Test
    void aBotWithAllRightsMissesNothing() throws ConnectorException {
        BotRights rights = fixture.connector().readBotRights(fixture.account(), fixture.credentials());
        assertEquals(List.of(), rights.missing());
    }

    @Test
    void aBotThatMayNotRestrictIsFlagged() throws ConnectorException {
        fixture.telegram.revokeRight("can_restrict_members");
        BotRights rights = fixture.connector().readBotRights(fixture.account(), fixture.credentials());
        assertEquals(List.of("the bot may not ban or restrict commenters in the discussion group"), rights.missing());
    }
}
