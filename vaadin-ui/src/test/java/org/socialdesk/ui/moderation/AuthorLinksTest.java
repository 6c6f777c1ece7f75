package org.socialdesk.ui.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthorLinksTest {

    @Test
    void vkUsersAndCommunitiesHaveTheirOwnAddresses() {
        assertEquals(Optional.of("https://vk.com/id12345"), AuthorLinks.profile("vk", "12345"));
        assertEquals(Optional.of("https://vk.com/club777"), AuthorLinks.profile("vk", "-777"));
    }

    @Test
    void okUsersHaveAProfileAddress() {
        assertEquals(Optional.of("https://ok.ru/profile/5566"), AuthorLinks.profile("ok", "5566"));
    }

    @Test
    void telegramUserIdsHaveNoPublicAddress() {
        assertEquals(Optional.empty(), AuthorLinks.profile("telegram", "12345"));
    }

    @Test
    void anIdThatIsNotANumberNeverBecomesPartOfAnAddress() {
        assertEquals(Optional.empty(), AuthorLinks.profile("vk", "1/../../evil"));
        assertEquals(Optional.empty(), AuthorLinks.profile("vk", "javascript:alert(1)"));
        assertEquals(Optional.empty(), AuthorLinks.profile("vk", null));
        assertEquals(Optional.empty(), AuthorLinks.profile(null, "1"));
    }
}
