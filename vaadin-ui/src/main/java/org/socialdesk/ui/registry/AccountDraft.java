package org.socialdesk.ui.registry;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.OfficialMark;

/**
 * What the account form's binder writes to: the editable fields of an account, plus what the form keeps as it
 * was (id, state, demo flag, archive reason), so that saving changes nothing the form does not show.
 */
final class AccountDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final AccountState state;
    private final boolean demo;
    private final String archiveReason;

    Long organisationId;
    String network = "";
    String url = "";
    String title = "";
    String networkId = "";
    OfficialMark officialMark = OfficialMark.UNKNOWN;
    Integer weeklyQuota;
    boolean description;
    boolean avatar;
    boolean cover;
    boolean widgets;
    String editors = "";

    /** A new account of the organisation, or of none yet. */
    AccountDraft(Long organisationId) {
        this(null, AccountState.ACTIVE, false, null);
        this.organisationId = organisationId;
    }

    private AccountDraft(Long id, AccountState state, boolean demo, String archiveReason) {
        this.id = id;
        this.state = state;
        this.demo = demo;
        this.archiveReason = archiveReason;
    }

    static AccountDraft of(Account account) {
        AccountDraft draft = new AccountDraft(account.id(), account.state(), account.demo(),
                account.archiveReason());
        draft.organisationId = account.organisationId();
        draft.network = account.network();
        draft.url = account.url();
        draft.title = nonNull(account.title());
        draft.networkId = nonNull(account.networkId());
        draft.officialMark = account.officialMark();
        draft.weeklyQuota = account.weeklyQuotaOverride();
        draft.description = account.appearance().description();
        draft.avatar = account.appearance().avatar();
        draft.cover = account.appearance().cover();
        draft.widgets = account.appearance().widgets();
        draft.editors = String.join(", ", account.responsibleEditors());
        return draft;
    }

    boolean isNew() {
        return id == null;
    }

    Account toAccount() {
        return new Account(id, organisationId, network.strip(), url.strip(), networkId, title.strip(), state, demo,
                archiveReason, officialMark, weeklyQuota, new Appearance(description, avatar, cover, widgets),
                editorNames(editors));
    }

    /** Comma-separated user names; the service drops blanks and repetitions. */
    static List<String> editorNames(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
