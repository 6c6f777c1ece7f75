package org.socialdesk.registry.internal.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.OrganisationKind;

class RenderersTest {

    private static final PublishedOrganisation AWKWARD = new PublishedOrganisation(5,
            "Комитет <по делам> \"молодёжи\" & 'спорта'; отдел", null, OrganisationKind.SUBORDINATE_INSTITUTION,
            "https://site.example/?a=1&b=2",
            List.of(new PublishedAccount("vk", "https://vk.com/club1?x=\"<>\"", "Заголовок\nс переносом; и \"кавычками\""),
                    new PublishedAccount("dzen", "javascript:alert(1)", null),
                    new PublishedAccount("telegram", "https://t.me/plain", "Просто")));

    private static final PublishedOrganisation EMPTY = new PublishedOrganisation(6, "Без аккаунтов", "Пусто",
            OrganisationKind.MUNICIPALITY, null, List.of());

    @Test
    void pageEscapesNamesAndAddressesAndLinksOnlyWebAddresses() {
        String html = RegistryPage.render(List.of(AWKWARD, EMPTY));
        assertTrue(html.contains("<h2>Комитет &lt;по делам&gt; &quot;молодёжи&quot; &amp; &#39;спорта&#39;; отдел</h2>"));
        assertTrue(html.contains("<a href=\"https://vk.com/club1?x=&quot;&lt;&gt;&quot;\" target=\"_blank\" "
                + "rel=\"noopener\">Заголовок\nс переносом; и &quot;кавычками&quot;</a>"));
        assertTrue(html.contains("href=\"https://site.example/?a=1&amp;b=2\""));
        assertFalse(html.contains("href=\"javascript:"), "a javascript: address must not become a link");
        assertTrue(html.contains("<span class=\"network\">dzen</span>javascript:alert(1)"));
        assertFalse(html.contains("<script"));
    }

    @Test
    void pageIsRussianResponsiveAndNamesNetworksInRussian() {
        String html = RegistryPage.render(List.of(AWKWARD, EMPTY));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("@media (max-width:480px)"));
        assertTrue(html.contains("<span class=\"network\">ВКонтакте</span>"));
        assertTrue(html.contains("<span class=\"network\">Telegram</span>"));
        assertTrue(html.contains("Подведомственное учреждение"));
        assertTrue(html.contains("<h2>Без аккаунтов</h2>\n<p class=\"about\">Орган местного самоуправления</p>\n"
                + "<p class=\"empty\">Официальных аккаунтов пока нет.</p>"));
        assertEquals("Одноклассники", NetworkNames.russian("ok"));
    }

    @Test
    void jsonHasTheDocumentedShapeAndSurvivesAnyText() throws Exception {
        JsonNode root = new ObjectMapper().readTree(RegistryJson.render(List.of(AWKWARD, EMPTY)));
        assertEquals(List.of("organisations"), fieldNames(root));
        JsonNode organisation = root.get("organisations").get(0);
        assertEquals(List.of("id", "name", "shortName", "kind", "website", "accounts"), fieldNames(organisation));
        assertEquals(5, organisation.get("id").asLong());
        assertEquals(AWKWARD.name(), organisation.get("name").asText());
        assertTrue(organisation.get("shortName").isNull());
        assertEquals("SUBORDINATE_INSTITUTION", organisation.get("kind").asText());
        JsonNode account = organisation.get("accounts").get(0);
        assertEquals(List.of("network", "url", "title"), fieldNames(account));
        assertEquals("vk", account.get("network").asText());
        assertEquals("https://vk.com/club1?x=\"<>\"", account.get("url").asText());
        assertEquals("Заголовок\nс переносом; и \"кавычками\"", account.get("title").asText());
        assertTrue(organisation.get("accounts").get(1).get("title").isNull());
        assertEquals(0, root.get("organisations").get(1).get("accounts").size());
        assertEquals("{\"organisations\":[]}", RegistryJson.render(List.of()));
    }

    @Test
    void csvHasByteOrderMarkHeaderSemicolonsAndRfc4180Quoting() {
        String csv = RegistryCsv.render(List.of(AWKWARD, EMPTY));
        assertTrue(csv.startsWith("\uFEFForganisationId;organisationName;organisationShortName;organisationKind;"
                + "organisationWebsite;network;url;title\r\n"));
        String name = "\"Комитет <по делам> \"\"молодёжи\"\" & 'спорта'; отдел\"";
        assertTrue(csv.contains("\r\n5;" + name + ";;SUBORDINATE_INSTITUTION;https://site.example/?a=1&b=2;vk;"
                + "\"https://vk.com/club1?x=\"\"<>\"\"\";\"Заголовок\nс переносом; и \"\"кавычками\"\"\"\r\n"));
        assertTrue(csv.contains("\r\n5;" + name + ";;SUBORDINATE_INSTITUTION;https://site.example/?a=1&b=2;dzen;"
                + "javascript:alert(1);\r\n"));
        assertTrue(csv.endsWith(";telegram;https://t.me/plain;Просто\r\n"));
        assertFalse(csv.contains("Без аккаунтов"), "a row per account, so none for an organisation without one");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
