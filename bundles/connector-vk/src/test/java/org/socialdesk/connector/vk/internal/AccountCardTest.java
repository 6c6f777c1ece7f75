package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.socialdesk.connector.AccountCard;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.NetworkAccount;
import org.socialdesk.connector.Rejected;

class AccountCardTest {

    private VkFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new VkFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void readsNameDescriptionAvatarWidestCoverAndVerifiedMark() throws ConnectorException {
        AccountCard card = fixture.connector().readAccountCard(fixture.account(), fixture.credentials());

        assertEquals(new AccountCard("Министерство здравоохранения Алтайского края",
                "Официальная страница министерства", "https://sun9-1.userapi.com/fake/avatar_200.jpg",
                "https://sun9-1.userapi.com/fake/cover_1590.jpg", true), card);
        assertEquals(List.of("description", "cover", "verified", "is_admin"), List.of(fixture.vk
                .calls("groups.getById").get(0).params().get("fields").split(",")));
    }

    @Test
    void aTokenWhoseUserNoLongerManagesTheCommunityFailsTheCheck() {
        fixture.vk.community().revokeAdminRights();

        AuthFailure failure = assertThrows(AuthFailure.class,
                () -> fixture.connector().readAccountCard(fixture.account(), fixture.credentials()));

        assertTrue(failure.getMessage().contains("not an administrator"), failure::getMessage);
    }

    @ParameterizedTest
    @ValueSource(strings = {"club", "public", "-", ""})
    void takesTheCommunityIdInTheFormsPeopleCopy(String prefix) throws ConnectorException {
        NetworkAccount account = new NetworkAccount(prefix + fixture.vk.community().groupId(), null);

        assertEquals("Министерство здравоохранения Алтайского края",
                fixture.connector().readAccountCard(account, fixture.credentials()).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"minzdrav22", "0", "club-5", ""})
    void aScreenNameOrNonsenseIsRejectedWithoutAsking(String networkId) {
        assertThrows(Rejected.class, () -> fixture.connector().readAccountCard(new NetworkAccount(networkId, null),
                fixture.credentials()));
        assertEquals(0, fixture.vk.requestsServed());
    }
}
