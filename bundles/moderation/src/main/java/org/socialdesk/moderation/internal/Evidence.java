package org.socialdesk.moderation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.persistence.EntityManager;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.persistence.entity.AuditEntryEntity;
import org.socialdesk.persistence.entity.CommentEntity;
import org.socialdesk.persistence.entity.ManualTaskEntity;
import org.socialdesk.persistence.entity.ModerationActionEntity;

/**
 * The evidence for comments, for a complaint or a court request: a ZIP of {@code evidence.json} (each stored
 * snapshot in its canonical form, its stored hash and the hash recomputed now, every action with its actor and
 * time, the manual tasks and the audit entries with their chain hashes) and {@code evidence.txt}, the same in
 * Russian for a person to read.
 */
final class Evidence {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(Organisation.ALTAI);

    /** One comment with everything recorded about it. */
    record Item(CommentEntity comment, List<ModerationActionEntity> actions, List<ManualTaskEntity> tasks,
            List<AuditEntryEntity> audit) {

        String recomputedSha256() {
            return Snapshot.sha256(comment.getSnapshot());
        }

        boolean intact() {
            return recomputedSha256().equals(comment.getSnapshotSha256());
        }
    }

    private Evidence() {
    }

    static Item item(EntityManager em, CommentEntity comment) {
        return new Item(comment,
                em.createQuery("SELECT a FROM ModerationActionEntity a WHERE a.commentId = :id "
                        + "ORDER BY a.timeUtcMillis, a.id", ModerationActionEntity.class)
                        .setParameter("id", comment.getId()).getResultList(),
                em.createQuery("SELECT t FROM ManualTaskEntity t WHERE t.commentId = :id ORDER BY t.id",
                        ManualTaskEntity.class).setParameter("id", comment.getId()).getResultList(),
                em.createQuery("SELECT e FROM AuditEntryEntity e WHERE e.objectType = 'Comment' "
                        + "AND e.objectId = :id ORDER BY e.sequence", AuditEntryEntity.class)
                        .setParameter("id", String.valueOf(comment.getId())).getResultList());
    }

    static byte[] zip(List<Item> items, String exportedBy, Instant exportedAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "evidence.json", json(items, exportedBy, exportedAt));
            entry(zip, "evidence.txt", text(items, exportedBy, exportedAt));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence in memory", e);
        }
        return bytes.toByteArray();
    }

    static String json(List<Item> items, String exportedBy, Instant exportedAt) {
        Json json = new Json().begin().field("exportedAt", exportedAt.toString()).field("exportedBy", exportedBy)
                .field("hashAlgorithm", "SHA-256 of the UTF-8 bytes of snapshot").beginArray("comments");
        for (Item item : items) {
            CommentEntity c = item.comment();
            json.begin().field("id", c.getId()).field("organisationId", c.getOrganisationId())
                    .field("accountId", c.getAccountId()).field("network", c.getNetwork())
                    .field("postId", c.getPostId()).field("commentId", c.getCommentId())
                    .field("authorId", c.getAuthorId()).field("authorName", c.getAuthorName())
                    .field("text", c.getText()).field("createdAt", string(c.getCreatedAt()))
                    .field("url", c.getUrl()).field("ingestedAt", string(c.getIngestedAt()))
                    .field("snapshot", c.getSnapshot()).field("snapshotSha256", c.getSnapshotSha256())
                    .field("recomputedSha256", item.recomputedSha256()).field("hashMatches", item.intact())
                    .field("category", c.getCategory()).field("confidence", c.getConfidence());
            json.beginArray("reasons");
            c.getReasons().forEach(json::element);
            json.endArray().field("status", c.getStatus()).field("authorRestricted", c.isAuthorRestricted())
                    .field("repliedWith", c.getRepliedWith());
            json.beginArray("actions");
            for (ModerationActionEntity a : item.actions()) {
                json.begin().field("action", a.getAction()).field("actor", a.getActor())
                        .field("time", a.getTime().toString()).field("outcome", a.getOutcome())
                        .field("networkAnswer", a.getNetworkAnswer()).end();
            }
            json.endArray().beginArray("manualTasks");
            for (ManualTaskEntity t : item.tasks()) {
                json.begin().field("id", t.getId()).field("action", t.getAction()).field("link", t.getLink())
                        .field("reason", t.getReason()).field("createdAt", t.getCreatedAt().toString())
                        .field("createdBy", t.getCreatedBy()).field("doneAt", string(t.getDoneAt()))
                        .field("doneBy", t.getDoneBy()).field("doneNote", t.getDoneNote()).end();
            }
            json.endArray().beginArray("audit");
            for (AuditEntryEntity e : item.audit()) {
                json.begin().field("sequence", e.getSequence()).field("time", e.getTime().toString())
                        .field("actor", e.getActor()).field("action", e.getAction())
                        .field("summary", e.getSummary()).field("hash", e.getHash()).end();
            }
            json.endArray().end();
        }
        return json.endArray().end().toString();
    }

    static String text(List<Item> items, String exportedBy, Instant exportedAt) {
        StringBuilder out = new StringBuilder();
        out.append("Выгрузка доказательств модерации SocialDesk\n")
                .append("Сформирована: ").append(LOCAL.format(exportedAt)).append(" (время барнаульское), ")
                .append("пользователь: ").append(exportedBy).append('\n')
                .append("Комментариев: ").append(items.size()).append("\n")
                .append("Хеш снимка — SHA-256 от байтов UTF-8 поля «snapshot» файла evidence.json.\n");
        for (Item item : items) {
            CommentEntity c = item.comment();
            out.append("\n==== Комментарий № ").append(c.getId()).append(" ====\n")
                    .append("Сеть: ").append(c.getNetwork()).append(", аккаунт № ").append(c.getAccountId())
                    .append(", запись ").append(c.getPostId()).append(", комментарий ").append(c.getCommentId())
                    .append('\n')
                    .append("Автор: ").append(orDash(c.getAuthorName())).append(" (id ")
                    .append(orDash(c.getAuthorId())).append(")\n")
                    .append("Написан: ").append(local(c.getCreatedAt())).append('\n')
                    .append("Получен SocialDesk: ").append(local(c.getIngestedAt())).append('\n')
                    .append("Адрес: ").append(orDash(c.getUrl())).append('\n')
                    .append("Текст:\n").append(c.getText()).append('\n')
                    .append("SHA-256 снимка: ").append(c.getSnapshotSha256()).append('\n')
                    .append("Проверка хеша: ").append(item.intact() ? "совпадает"
                            : "НЕ СОВПАДАЕТ (пересчитан " + item.recomputedSha256() + ")").append('\n')
                    .append("Категория: ").append(Categories.russian(CommentCategory.valueOf(c.getCategory())))
                    .append(String.format(Locale.ROOT, ", уверенность %.2f", c.getConfidence()))
                    .append('\n');
            c.getReasons().forEach(reason -> out.append("  причина: ").append(reason).append('\n'));
            out.append("Действия:\n");
            if (item.actions().isEmpty()) {
                out.append("  нет\n");
            }
            for (ModerationActionEntity a : item.actions()) {
                out.append("  ").append(local(a.getTime())).append(" — ").append(a.getActor()).append(" — ")
                        .append(action(a.getAction())).append(" — ").append(outcome(a.getOutcome()))
                        .append(a.getNetworkAnswer() == null ? "" : " — " + a.getNetworkAnswer()).append('\n');
            }
            for (ManualTaskEntity t : item.tasks()) {
                out.append("Ручная задача № ").append(t.getId()).append(": ").append(action(t.getAction()))
                        .append(", ссылка ").append(orDash(t.getLink())).append(", открыта ")
                        .append(local(t.getCreatedAt())).append(" (").append(t.getCreatedBy()).append("), ")
                        .append(t.getDoneAt() == null ? "не выполнена" : "выполнена " + local(t.getDoneAt())
                                + " (" + t.getDoneBy() + "): " + orDash(t.getDoneNote()))
                        .append('\n');
            }
            for (AuditEntryEntity e : item.audit()) {
                out.append("Журнал аудита, запись № ").append(e.getSequence()).append(", хеш ").append(e.getHash())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String action(String action) {
        return switch (action) {
            case CommentActions.KEEP -> "оставлен";
            case CommentActions.DELETE -> "удаление комментария";
            case CommentActions.RESTORE -> "отмена удаления комментария";
            case CommentActions.RESTRICT -> "ограничение автора";
            case CommentActions.REPLY -> "ответ";
            default -> action;
        };
    }

    private static String outcome(String outcome) {
        return switch (outcome) {
            case "DONE" -> "выполнено";
            case "MANUAL_TASK" -> "создана ручная задача";
            case "FAILED" -> "не выполнено";
            default -> outcome;
        };
    }

    private static String local(Instant time) {
        return time == null ? "—" : LOCAL.format(time);
    }

    private static String string(Instant time) {
        return time == null ? null : time.toString();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
