package org.socialdesk.notification.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.model.Organisation;

/** The warning that accounts of an organisation will miss their weekly quota of д.6, in Russian. */
final class QuotaWarningLetter {

    private static final Map<String, String> NETWORKS = Map.of("vk", "ВКонтакте", "ok", "Одноклассники",
            "telegram", "Telegram");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private QuotaWarningLetter() {
    }

    static Letter of(Organisation organisation, IsoWeek week, List<AccountQuota> atRisk, String quotaPage) {
        StringBuilder body = new StringBuilder("Здравствуйте!\n\n")
                .append("Неделя ").append(week).append(" (").append(DAY.format(week.monday())).append(" – ")
                .append(DAY.format(week.monday().plusDays(6))).append("). По контент-плану ")
                .append(atRisk.size() == 1 ? "этот аккаунт" : "эти аккаунты").append(" организации «")
                .append(organisation.name()).append("» не ")
                .append(atRisk.size() == 1 ? "выполнит" : "выполнят")
                .append(" норму публикаций на этой неделе:\n\n");
        for (AccountQuota quota : atRisk) {
            body.append("• ").append(quota.accountTitle()).append(" (").append(network(quota.network()))
                    .append("): норма ").append(quota.required()).append(", опубликовано ").append(quota.published())
                    .append(", запланировано ").append(quota.planned()).append(", не хватает ")
                    .append(quota.required() - quota.published() - quota.planned()).append('\n');
        }
        body.append("\nЗапланируйте недостающие публикации до конца недели (воскресенье, 24:00 по времени ")
                .append("организации, ").append(organisation.timeZone().getId()).append(").\n");
        if (quotaPage != null) {
            body.append("\nКвоты: ").append(quotaPage).append('\n');
        }
        body.append(Signature.TEXT);
        String subject = "Норма публикаций на неделе не будет выполнена: " + name(organisation) + ", неделя " + week;
        return new Letter(subject, body.toString());
    }

    /** The networks SocialDesk ships connectors for, as people call them; others by their connector's id. */
    private static String network(String id) {
        return NETWORKS.getOrDefault(id, id);
    }

    private static String name(Organisation organisation) {
        return organisation.shortName() == null || organisation.shortName().isBlank() ? organisation.name()
                : organisation.shortName();
    }
}
