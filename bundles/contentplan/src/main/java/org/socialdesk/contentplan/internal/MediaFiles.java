package org.socialdesk.contentplan.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.persistence.entity.MediaEntity;

/** Media of plan items as the item keeps them: ids in order, separated by commas. */
final class MediaFiles {

    private MediaFiles() {
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The file's bytes; a damaged file is refused, so that it is never published. */
    static byte[] checkedContent(MediaEntity media) {
        byte[] content = media.getContent();
        if (!sha256(content).equals(media.getSha256())) {
            throw new IllegalStateException("Media file " + media.getId() + " (" + media.getFileName()
                    + ") does not match its SHA-256; upload it again");
        }
        return content;
    }

    static List<Long> ids(String mediaIds) {
        if (mediaIds == null || mediaIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(mediaIds.split(",")).map(Long::valueOf).toList();
    }

    static String join(List<Attachment> attachments) {
        return attachments.isEmpty() ? null
                : attachments.stream().map(a -> Long.toString(a.mediaId())).collect(Collectors.joining(","));
    }

    /** The files in the item's order, found by id; a missing one is an error of the caller's data. */
    static List<MediaEntity> load(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, MediaEntity> byId = em.createQuery("SELECT m FROM MediaEntity m WHERE m.id IN :ids",
                MediaEntity.class).setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(MediaEntity::getId, Function.identity()));
        List<MediaEntity> files = new ArrayList<>();
        for (Long id : ids) {
            MediaEntity media = byId.get(id);
            if (media == null) {
                throw new IllegalStateException("Media file " + id + " does not exist");
            }
            files.add(media);
        }
        return files;
    }

    /**
     * The descriptions of the files in the given order, without reading their bytes; ids of no file, or of another
     * organisation's file when {@code organisationId} is given, are left out.
     */
    static List<Attachment> describe(EntityManager em, List<Long> ids, Long organisationId) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Attachment> byId = em.createQuery("SELECT m.id, m.fileName, m.mimeType, m.size, m.sha256, "
                + "m.altText FROM MediaEntity m WHERE m.id IN :ids"
                + (organisationId == null ? "" : " AND m.organisationId = " + organisationId), Object[].class)
                .setParameter("ids", ids).getResultStream()
                .map(r -> new Attachment((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4],
                        (String) r[5]))
                .collect(Collectors.toMap(Attachment::mediaId, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    static Attachment attachment(MediaEntity media) {
        return new Attachment(media.getId(), media.getFileName(), media.getMimeType(), media.getSize(),
                media.getSha256(), media.getAltText());
    }
}
