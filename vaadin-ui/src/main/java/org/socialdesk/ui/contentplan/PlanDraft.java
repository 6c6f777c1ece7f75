package org.socialdesk.ui.contentplan;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.socialdesk.core.contentplan.Attachment;
import org.socialdesk.core.contentplan.Occasion;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanItemState;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.PollSpec;
import org.socialdesk.core.model.Format;

/**
 * A plan item as the editor form holds it while the user types: times are the organisation's local times, the
 * per-network variants are keyed by network, poll options are one per line. Fields are public for the binder.
 */
final class PlanDraft {

    final Long id;
    final long version;
    final long organisationId;
    final PlanItemKind kind;
    final PlanItemState state;
    final String remark;
    final int approvals;
    final Long inReplyTo;
    /** What the stored item's targets carry beyond the account (post ids, failures), kept through an edit. */
    private final Map<Long, PlanTarget> storedTargets = new LinkedHashMap<>();

    OccasionKind occasionKind = OccasionKind.BODY;
    String occasionTitle = "";
    LocalDateTime occasionAt;
    String place = "";
    Set<Long> accountIds = new LinkedHashSet<>();
    LocalDateTime plannedAt;
    Format format = Format.TEXT;
    String text = "";
    /** Network id to its own text; a blank variant means the common text. */
    Map<String, String> variants = new LinkedHashMap<>();
    List<Attachment> attachments = new ArrayList<>();
    String pollQuestion = "";
    String pollOptions = "";
    boolean pollAnonymous;
    boolean pollMultiple;
    String responsibleEditor = "";

    private PlanDraft(PlanItem item) {
        id = item == null ? null : item.id();
        version = item == null ? 0 : item.version();
        organisationId = item == null ? 0 : item.organisationId();
        kind = item == null ? PlanItemKind.POST : item.kind();
        state = item == null ? PlanItemState.DRAFT : item.state();
        remark = item == null ? null : item.remark();
        approvals = item == null ? 0 : item.approvals();
        inReplyTo = item == null ? null : item.inReplyTo();
    }

    private PlanDraft(long organisationId) {
        this.id = null;
        this.version = 0;
        this.organisationId = organisationId;
        this.kind = PlanItemKind.POST;
        this.state = PlanItemState.DRAFT;
        this.remark = null;
        this.approvals = 0;
        this.inReplyTo = null;
    }

    /** A new post of the organisation at the given local time. */
    static PlanDraft newPost(long organisationId, LocalDateTime plannedAt, String responsibleEditor) {
        PlanDraft draft = new PlanDraft(organisationId);
        draft.plannedAt = plannedAt;
        draft.responsibleEditor = responsibleEditor;
        return draft;
    }

    /** @param networkOf the network of each target account, to key its variant text */
    static PlanDraft of(PlanItem item, ZoneId zone, Map<Long, String> networkOf) {
        PlanDraft draft = new PlanDraft(item);
        if (item.occasion() != null) {
            draft.occasionKind = item.occasion().kind();
            draft.occasionTitle = item.occasion().title();
            draft.occasionAt = item.occasion().happensAt();
            draft.place = nonNull(item.occasion().place());
        }
        for (PlanTarget target : item.targets()) {
            draft.accountIds.add(target.accountId());
            draft.storedTargets.put(target.accountId(), target);
            String network = networkOf.get(target.accountId());
            if (network != null && target.text() != null && !target.text().isBlank()) {
                draft.variants.put(network, target.text());
            }
        }
        draft.plannedAt = item.plannedAt() == null ? null : item.plannedAt().atZone(zone).toLocalDateTime();
        draft.format = item.format();
        draft.text = item.text();
        draft.attachments = new ArrayList<>(item.attachments());
        if (item.poll() != null) {
            draft.pollQuestion = item.poll().question();
            draft.pollOptions = String.join("\n", item.poll().options());
            draft.pollAnonymous = item.poll().anonymous();
            draft.pollMultiple = item.poll().multipleAnswers();
        }
        draft.responsibleEditor = nonNull(item.responsibleEditor());
        return draft;
    }

    boolean isNew() {
        return id == null;
    }

    /**
     * The item to store. A target keeps its stored publication record; its text is the variant of its network
     * when there is one. An occasion without a title is no occasion, and only a poll carries poll data.
     */
    PlanItem toItem(ZoneId zone, Map<Long, String> networkOf) {
        List<PlanTarget> targets = accountIds.stream().map(accountId -> {
            String variant = variants.get(networkOf.get(accountId));
            String own = variant == null || variant.isBlank() ? null : variant;
            PlanTarget stored = storedTargets.get(accountId);
            return stored == null ? PlanTarget.of(accountId, own)
                    : new PlanTarget(accountId, own, stored.state(), stored.postId(), stored.url(),
                            stored.publishedAt(), stored.failure());
        }).toList();
        Occasion occasion = occasionTitle == null || occasionTitle.isBlank() ? null
                : new Occasion(occasionKind, occasionTitle.strip(), occasionAt, blankToNull(place));
        PollSpec poll = format == Format.POLL
                ? new PollSpec(nonNull(pollQuestion).strip(), options(), pollAnonymous, pollMultiple)
                : null;
        return new PlanItem(id, version, organisationId, kind, occasion,
                plannedAt == null ? null : plannedAt.atZone(zone).toInstant(), format, text, targets, attachments,
                poll, inReplyTo, blankToNull(responsibleEditor), state, remark, approvals);
    }

    /** The poll's answers: one a line, blank lines ignored. */
    List<String> options() {
        return Arrays.stream(nonNull(pollOptions).split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
