package org.socialdesk.contentplan.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.persistence.EntityManager;
import org.socialdesk.connector.Connector;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.connector.Limits;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.contentplan.PollSpec;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Format;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;

/**
 * Checks an item before it is stored or submitted: its own fields, its targets, and what each target's network
 * accepts. A target whose network has no connector installed is allowed: its publication will need a person.
 */
final class PlanRules {

    static final int REMARK_LENGTH = 4000;
    private static final int TEXT_LENGTH = 16000;
    private static final Set<Format> MEDIA_FORMATS = Set.of(Format.PHOTO, Format.INFOGRAPHICS, Format.CARDS,
            Format.ANIMATION, Format.VIDEO);

    private final ConnectorRegistry connectors;

    PlanRules(ConnectorRegistry connectors) {
        this.connectors = connectors;
    }

    /** The item's organisation, after checking the whole item against it and its target networks. */
    OrganisationEntity check(EntityManager em, PlanItem item, List<Attachment> attachments) {
        OrganisationEntity organisation = em.find(OrganisationEntity.class, item.organisationId());
        if (organisation == null) {
            throw new PlanValidationException("organisationId", "Organisation " + item.organisationId()
                    + " does not exist");
        }
        checkOwnFields(item, attachments);
        Set<Long> seen = new HashSet<>();
        for (PlanTarget target : item.targets()) {
            if (!seen.add(target.accountId())) {
                throw new PlanValidationException("targets", "Account " + target.accountId()
                        + " is a target twice");
            }
            AccountEntity account = em.find(AccountEntity.class, target.accountId());
            if (account == null || account.getOrganisationId() != item.organisationId()) {
                throw new PlanValidationException("targets", "Account " + target.accountId()
                        + " is not an account of organisation " + item.organisationId());
            }
            if (account.getState() == AccountState.ARCHIVED) {
                throw new PlanValidationException("targets", "Account " + target.accountId() + " is archived");
            }
            Optional<ConnectorDescription> network = connectors.find(account.getNetwork())
                    .map(Connector::description);
            if (network.isPresent()) {
                checkAgainst(network.get(), item, target, attachments);
            }
        }
        return organisation;
    }

    /** The item's attachments as stored: each must exist, once, among the files of the item's organisation. */
    static List<Attachment> attachments(EntityManager em, PlanItem item) {
        List<Long> ids = item.attachments().stream().map(Attachment::mediaId).toList();
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new PlanValidationException("attachments", "A media file is attached twice");
        }
        List<Attachment> stored = MediaFiles.describe(em, ids, item.organisationId());
        if (stored.size() != ids.size()) {
            throw new PlanValidationException("attachments", "A media file does not exist in organisation "
                    + item.organisationId());
        }
        return stored;
    }

    private static void checkOwnFields(PlanItem item, List<Attachment> attachments) {
        switch (item.kind()) {
            case POST -> {
                if (item.plannedAt() == null) {
                    throw new PlanValidationException("plannedAt", "A post needs a planned time");
                }
                if (item.targets().isEmpty()) {
                    throw new PlanValidationException("targets", "A post needs at least one account");
                }
            }
            case REPLY -> {
                if (item.targets().size() != 1) {
                    throw new PlanValidationException("targets", "A reply goes to exactly one account");
                }
                if (item.inReplyTo() == null) {
                    throw new PlanValidationException("inReplyTo", "A reply needs the comment it answers");
                }
            }
            case REPLY_TEMPLATE -> {
                if (!item.targets().isEmpty()) {
                    throw new PlanValidationException("targets", "A reply template has no accounts");
                }
            }
        }
        if (item.kind() != PlanItemKind.REPLY && item.inReplyTo() != null) {
            throw new PlanValidationException("inReplyTo", "Only a reply answers a comment");
        }
        if (item.text().length() > TEXT_LENGTH) {
            throw new PlanValidationException("text", "The text is longer than " + TEXT_LENGTH + " characters");
        }
        boolean anyText = !item.text().isBlank()
                || item.targets().stream().anyMatch(t -> t.text() != null && !t.text().isBlank());
        if (item.format() == Format.TEXT && !anyText || item.kind() != PlanItemKind.POST && item.text().isBlank()) {
            throw new PlanValidationException("text", "The text is required");
        }
        if (MEDIA_FORMATS.contains(item.format()) && attachments.isEmpty()) {
            throw new PlanValidationException("attachments", "A " + item.format() + " item needs a media file");
        }
        if (item.format() == Format.POLL) {
            checkPoll(item.poll());
        } else if (item.poll() != null) {
            throw new PlanValidationException("poll", "Only a POLL item has a poll");
        }
        if (item.remark() != null && item.remark().length() > REMARK_LENGTH) {
            throw new PlanValidationException("remark", "The remark is longer than " + REMARK_LENGTH
                    + " characters");
        }
    }

    private static void checkPoll(PollSpec poll) {
        if (poll == null || poll.question().isBlank()) {
            throw new PlanValidationException("poll", "A poll needs a question");
        }
        if (poll.options().size() < 2) {
            throw new PlanValidationException("poll", "A poll needs at least two options");
        }
        for (String option : poll.options()) {
            if (option.isBlank() || option.contains("\n")) {
                throw new PlanValidationException("poll", "A poll option must be one non-empty line");
            }
        }
    }

    private static void checkAgainst(ConnectorDescription network, PlanItem item, PlanTarget target,
            List<Attachment> attachments) {
        String name = network.displayName();
        if (!network.formats().contains(item.format())) {
            throw new PlanValidationException("format", name + " does not publish " + item.format());
        }
        Limits limits = network.limits();
        String text = target.text() != null ? target.text() : item.text();
        int most = attachments.isEmpty() ? limits.textLength() : limits.captionLength();
        if (text.length() > most) {
            throw new PlanValidationException("text", "The text for " + name + " has " + text.length()
                    + " characters; at most " + most + " are allowed" + (attachments.isEmpty() ? "" : " with media"));
        }
        if (attachments.size() > limits.attachments()) {
            throw new PlanValidationException("attachments", name + " takes at most " + limits.attachments()
                    + " media files in one post");
        }
        for (Attachment attachment : attachments) {
            if (attachment.size() > limits.attachmentBytes()) {
                throw new PlanValidationException("attachments", attachment.fileName() + " is larger than the "
                        + limits.attachmentBytes() + " bytes " + name + " takes");
            }
        }
        if (item.poll() != null && item.poll().options().size() > limits.pollOptions()) {
            throw new PlanValidationException("poll", name + " takes at most " + limits.pollOptions()
                    + " poll options");
        }
    }
}
