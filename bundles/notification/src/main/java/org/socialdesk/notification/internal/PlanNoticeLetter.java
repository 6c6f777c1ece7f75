package org.socialdesk.notification.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.persistence.entity.PlanTransitionEntity;

/** The notice of one step of a plan item, in Russian. */
final class PlanNoticeLetter {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int TITLE_LENGTH = 80;

    private PlanNoticeLetter() {
    }

    static Letter of(PlanNotice notice, Organisation organisation, PlanItemEntity item,
            PlanTransitionEntity transition, String itemPage) {
        ZoneId zone = organisation.timeZone();
        String title = "«" + title(item) + "»";
        StringBuilder body = new StringBuilder("Здравствуйте!\n\n").append(organisation.name()).append(": ")
                .append(what(item.getKind())).append(' ').append(title).append(" (№ ").append(item.getId());
        if (item.getPlannedUtcMillis() != null) {
            body.append(", на ").append(TIME.format(Instant.ofEpochMilli(item.getPlannedUtcMillis()).atZone(zone)));
        }
        body.append(") ").append(event(notice, item.getKind())).append(".\n\n");
        if (transition.getRemark() != null && !transition.getRemark().isBlank()) {
            body.append(notice == PlanNotice.FAILED ? "Причина: " : "Замечание: ").append(transition.getRemark())
                    .append("\n\n");
        }
        body.append(notice == PlanNotice.FAILED ? "Когда: " : "Кто и когда: ")
                .append(notice == PlanNotice.FAILED ? "" : transition.getActor() + ", ")
                .append(TIME.format(transition.getTime().atZone(zone))).append(" (").append(zone.getId())
                .append(").\n").append(action(notice, item.getKind())).append('\n');
        if (itemPage != null) {
            body.append("\nОткрыть в контент-плане: ").append(itemPage).append('\n');
        }
        body.append(Signature.TEXT);
        return new Letter(subject(notice) + ": " + title + " — " + shortName(organisation), body.toString());
    }

    private static String subject(PlanNotice notice) {
        return switch (notice) {
            case SUBMITTED -> "На согласовании";
            case SECOND_LEVEL -> "Нужен второй уровень согласования";
            case RETURNED -> "Возвращено с замечаниями";
            case APPROVED -> "Согласовано";
            case FAILED -> "Ошибка публикации";
        };
    }

    /** What happened, agreeing with the item's kind: «публикация» is feminine, «ответ» and «шаблон» masculine. */
    private static String event(PlanNotice notice, PlanItemKind kind) {
        boolean feminine = kind == PlanItemKind.POST;
        return switch (notice) {
            case SUBMITTED -> (feminine ? "отправлена" : "отправлен") + " на согласование";
            case SECOND_LEVEL -> (feminine ? "прошла" : "прошёл") + " первый уровень согласования и ждёт второго";
            case RETURNED -> (feminine ? "возвращена" : "возвращён") + " с замечаниями";
            case APPROVED -> feminine ? "согласована" : "согласован";
            case FAILED -> (feminine ? "не опубликована" : "не отправлен") + " и ждёт решения сотрудника";
        };
    }

    private static String action(PlanNotice notice, PlanItemKind kind) {
        String it = kind == PlanItemKind.POST ? "её" : "его";
        return switch (notice) {
            case SUBMITTED, SECOND_LEVEL -> "Согласуйте " + it + " или верните с замечаниями.";
            case RETURNED -> "Исправьте " + it + " и отправьте на согласование снова.";
            case APPROVED -> switch (kind) {
                case POST -> "Она выйдет в запланированное время.";
                case REPLY -> "Он будет отправлен автору обращения.";
                case REPLY_TEMPLATE -> "Его можно использовать в ответах.";
            };
            case FAILED -> "Проверьте аккаунт и текст, затем нажмите «Повторить».";
        };
    }

    private static String what(PlanItemKind kind) {
        return switch (kind) {
            case POST -> "публикация";
            case REPLY -> "ответ гражданину";
            case REPLY_TEMPLATE -> "шаблон ответа";
        };
    }

    /** The occasion's title, or else the text's first line, shortened. */
    static String title(PlanItemEntity item) {
        String title = item.getOccasionTitle();
        if (title == null || title.isBlank()) {
            title = item.getText() == null ? "" : item.getText().strip().lines().findFirst().orElse("");
        }
        title = title.strip();
        if (title.isEmpty()) {
            return "без названия";
        }
        return title.length() <= TITLE_LENGTH ? title : title.substring(0, TITLE_LENGTH - 1).strip() + "…";
    }

    private static String shortName(Organisation organisation) {
        return organisation.shortName() == null || organisation.shortName().isBlank() ? organisation.name()
                : organisation.shortName();
    }
}
