package org.socialdesk.contentplan.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.MediaStore;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.MediaEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;

/** Keeps plan items' media in the database, each file with its SHA-256. */
@Component(service = MediaStore.class)
public class MediaStoreImpl implements MediaStore {

    private final Database database;
    private final AuditTrail audit;

    @Activate
    public MediaStoreImpl(@Reference Database database, @Reference AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public Attachment store(Caller caller, long organisationId, String fileName, String mimeType, byte[] content,
            String altText) {
        PlanRights.requireWrite(caller, organisationId, PlanItemKind.POST);
        if (fileName == null || fileName.isBlank() || fileName.length() > 300) {
            throw new PlanValidationException("fileName", "A media file needs a name of at most 300 characters");
        }
        if (mimeType == null || !mimeType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new PlanValidationException("mimeType", "A media file needs a type such as image/jpeg");
        }
        if (content == null || content.length == 0) {
            throw new PlanValidationException("content", "The media file is empty");
        }
        if (altText != null && altText.length() > 2000) {
            throw new PlanValidationException("altText", "The description is longer than 2000 characters");
        }
        String sha256 = MediaFiles.sha256(content);
        return database.write(em -> {
            if (em.find(OrganisationEntity.class, organisationId) == null) {
                throw new PlanValidationException("organisationId", "Organisation " + organisationId
                        + " does not exist");
            }
            MediaEntity media = new MediaEntity(organisationId, fileName.strip(), mimeType, sha256,
                    altText == null || altText.isBlank() ? null : altText.strip(), content);
            em.persist(media);
            em.flush();
            audit.append(em, AuditEvent.of(caller.username(), organisationId, "MEDIA_STORED", "Media",
                    media.getId().toString(), media.getFileName() + ", " + content.length + " bytes, SHA-256 "
                            + sha256));
            return MediaFiles.attachment(media);
        });
    }

    @Override
    public byte[] content(Caller caller, long mediaId) {
        return database.read(em -> {
            MediaEntity media = em.find(MediaEntity.class, mediaId);
            if (media == null) {
                throw new PlanValidationException("mediaId", "Media file " + mediaId + " does not exist");
            }
            PlanRights.requireRead(caller, media.getOrganisationId());
            return MediaFiles.checkedContent(media);
        });
    }
}
