package org.socialdesk.ui.contentplan;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.contentplan.style.Draft;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.OccasionKind;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Format;
import org.socialdesk.core.security.Caller;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * One plan item, new or existing: its occasion, targets, time, format, text with per-network variants, media
 * and poll, with live style advice and a preview per network. The buttons are those the item's state and the
 * caller's roles allow. A refused change keeps everything typed and shows the objection beside its field.
 */
final class PlanItemEditor extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Binder<PlanDraft> binder = new Binder<>();
    private final PlanDraft draft;
    private final ZoneId zone;
    private final Map<Long, Account> accountsById;
    private final Map<Long, String> networkOf;
    private final Map<String, ConnectorDescription> connectors;
    private final Consumer<PlanItem> changed;

    private final MultiSelectComboBox<Account> targets = new MultiSelectComboBox<>();
    private final Select<Format> format = new Select<>();
    private final TextArea text = new TextArea();
    private final TabSheet texts = new TabSheet();
    private final Div pollBlock = new Div();
    private final StyleAdvice advice = new StyleAdvice();
    private final NetworkPreviewPanel preview = new NetworkPreviewPanel();
    private final AttachmentList attachments;
    /** The form fields by the service's names for them, to show its objections where they belong. */
    private final Map<String, HasValidation> byServiceField = new LinkedHashMap<>();
    /** Whether the caller may change the item in its state; otherwise the form only shows it. */
    private final boolean editable;
    /** Networks whose variant tab is shown, to rebuild the tabs only when the set changes. */
    private Set<String> variantNetworks = Set.of();

    /**
     * @param accounts   the organisation's accounts the caller can see
     * @param connectors installed connectors by network id
     * @param changed    called with the item as stored after every change
     */
    PlanItemEditor(PlanDraft draft, ZoneId zone, List<Account> accounts,
            Map<String, ConnectorDescription> connectors, Consumer<PlanItem> changed) {
        this.draft = draft;
        this.zone = zone;
        this.accountsById = accounts.stream().filter(account -> account.id() != null)
                .collect(Collectors.toMap(Account::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.networkOf = accounts.stream().filter(account -> account.id() != null)
                .collect(Collectors.toMap(Account::id, Account::network, (a, b) -> a));
        this.connectors = connectors;
        this.changed = changed;
        Caller caller = CurrentCaller.require();
        Set<PlanAction> actions = PlanAction.available(!draft.isNew(), draft.state, draft.organisationId, caller);
        this.editable = actions.contains(PlanAction.SAVE);

        setId("plan-editor");
        setHeaderTitle(draft.isNew() ? getTranslation("plan.editor.title.new")
                : getTranslation("plan.editor.title.edit", getTranslation(EnumKeys.of(draft.state))));
        setWidth("min(96vw, 84em)");
        setResizable(true);
        setDraggable(true);

        Div left = new Div(occasionForm(), publicationForm(), textTabs(), new H4(getTranslation("plan.attachments")),
                attachments = new AttachmentList(draft.organisationId, draft.attachments, this::refreshAdvice),
                pollForm(), responsibleForm());
        Div right = new Div(new H4(getTranslation("plan.style.title")), advice,
                new H4(getTranslation("plan.preview.title")), preview);
        Div columns = new Div(left, right);
        columns.getStyle().set("display", "grid").set("grid-template-columns", "minmax(0, 3fr) minmax(0, 2fr)")
                .set("gap", "var(--lumo-space-l)");
        if (draft.remark != null && !draft.remark.isBlank()) {
            Paragraph remark = new Paragraph(getTranslation("plan.editor.remark", draft.remark));
            remark.setId("plan-editor-remark");
            remark.getStyle().set("color", "var(--lumo-error-text-color)");
            add(remark);
        }
        add(columns);

        binder.readBean(draft);
        showVariantTabs();
        showPoll();
        binder.setReadOnly(!editable);
        attachments.setReadOnly(!editable);
        refreshAdvice();
        addButtons(actions, caller);
    }

    private FormLayout occasionForm() {
        Select<OccasionKind> kind = new Select<>();
        kind.setId("plan-occasion-kind");
        kind.setLabel(getTranslation("plan.occasion.kind"));
        kind.setItems(OccasionKind.values());
        kind.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        binder.forField(kind).bind(d -> d.occasionKind, (d, value) -> d.occasionKind = value);

        TextField title = new TextField(getTranslation("plan.occasion.title"));
        title.setId("plan-occasion-title");
        binder.forField(title).bind(d -> d.occasionTitle, (d, value) -> d.occasionTitle = value);

        DateTimePicker at = new DateTimePicker(getTranslation("plan.occasion.at"));
        at.setId("plan-occasion-at");
        at.setLocale(getLocale());
        binder.forField(at).bind(d -> d.occasionAt, (d, value) -> d.occasionAt = value);

        TextField place = new TextField(getTranslation("plan.occasion.place"));
        place.setId("plan-occasion-place");
        binder.forField(place).bind(d -> d.place, (d, value) -> d.place = value);
        byServiceField.put("occasion", title);

        FormLayout form = new FormLayout(kind, title, at, place);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        return form;
    }

    private FormLayout publicationForm() {
        targets.setId("plan-targets");
        targets.setLabel(getTranslation("plan.targets"));
        targets.setHelperText(getTranslation("plan.targets.helper"));
        // grouped by network: the list is sorted by it and every label starts with it
        targets.setItems(accountsById.values().stream()
                .sorted(Comparator.comparing(this::networkName).thenComparing(account -> nonNull(account.title())))
                .toList());
        targets.setItemLabelGenerator(account -> networkName(account) + " — " + nonNull(account.title()));
        targets.addValueChangeListener(event -> {
            showVariantTabs();
            refreshAdvice();
        });
        Binder.BindingBuilder<PlanDraft, Set<Account>> targetBinding = binder.forField(targets);
        if (draft.kind == PlanItemKind.POST) {
            targetBinding = targetBinding.asRequired(getTranslation("plan.validation.targets"));
        }
        targetBinding.withConverter(this::accountIds, this::accountsOf)
                .bind(d -> d.accountIds, (d, ids) -> d.accountIds = ids);
        byServiceField.put("targets", targets);

        DateTimePicker plannedAt = new DateTimePicker(getTranslation("plan.planned-at"));
        plannedAt.setId("plan-planned-at");
        plannedAt.setLocale(getLocale());
        plannedAt.setHelperText(getTranslation("plan.planned-at.helper", zone.getId()));
        Binder.BindingBuilder<PlanDraft, LocalDateTime> plannedBinding = binder.forField(plannedAt);
        if (draft.kind != PlanItemKind.REPLY_TEMPLATE) {
            plannedBinding = plannedBinding.asRequired(getTranslation("plan.validation.planned-at"));
        }
        plannedBinding.bind(d -> d.plannedAt, (d, value) -> d.plannedAt = value);
        byServiceField.put("plannedAt", plannedAt);

        format.setId("plan-format");
        format.setLabel(getTranslation("plan.format"));
        format.setItems(Format.values());
        format.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        format.addValueChangeListener(event -> showPoll());
        binder.forField(format).asRequired(getTranslation("plan.validation.format"))
                .bind(d -> d.format, (d, value) -> d.format = value);
        byServiceField.put("format", format);

        FormLayout form = new FormLayout(targets, plannedAt, format);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(targets, 2);
        return form;
    }

    private TabSheet textTabs() {
        text.setId("plan-text");
        text.setWidthFull();
        text.setMinHeight("12em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> refreshAdvice());
        binder.forField(text).bind(d -> d.text, (d, value) -> d.text = value);
        byServiceField.put("text", text);
        texts.setId("plan-texts");
        texts.setWidthFull();
        texts.add(getTranslation("plan.text.common"), text);
        return texts;
    }

    /** One tab per network of the chosen targets; a variant typed earlier comes back with its network. */
    private void showVariantTabs() {
        Set<String> networks = selectedNetworks();
        if (networks.equals(variantNetworks)) {
            return;
        }
        variantNetworks = networks;
        while (texts.getTabCount() > 1) {
            texts.remove(texts.getTabAt(1));
        }
        for (String network : networks) {
            TextArea variant = new TextArea();
            variant.setId("plan-variant-" + network);
            variant.setWidthFull();
            variant.setMinHeight("12em");
            variant.setHelperText(getTranslation("plan.text.variant.helper"));
            variant.setValue(draft.variants.getOrDefault(network, ""));
            variant.setReadOnly(!editable);
            variant.setValueChangeMode(ValueChangeMode.LAZY);
            variant.addValueChangeListener(event -> {
                draft.variants.put(network, event.getValue());
                refreshAdvice();
            });
            texts.add(displayName(network), variant);
        }
    }

    private Div pollForm() {
        TextField question = new TextField(getTranslation("plan.poll.question"));
        question.setId("plan-poll-question");
        question.setWidthFull();
        binder.forField(question)
                .withValidator(value -> format.getValue() != Format.POLL || !value.isBlank(),
                        getTranslation("plan.validation.poll-question"))
                .bind(d -> d.pollQuestion, (d, value) -> d.pollQuestion = value);
        TextArea options = new TextArea(getTranslation("plan.poll.options"));
        options.setId("plan-poll-options");
        options.setHelperText(getTranslation("plan.poll.options.helper"));
        options.setWidthFull();
        binder.forField(options)
                .withValidator(value -> format.getValue() != Format.POLL
                        || value.lines().filter(line -> !line.isBlank()).count() >= 2,
                        getTranslation("plan.validation.poll-options"))
                .bind(d -> d.pollOptions, (d, value) -> d.pollOptions = value);
        Checkbox anonymous = new Checkbox(getTranslation("plan.poll.anonymous"));
        anonymous.setId("plan-poll-anonymous");
        binder.forField(anonymous).bind(d -> d.pollAnonymous, (d, value) -> d.pollAnonymous = value);
        Checkbox multiple = new Checkbox(getTranslation("plan.poll.multiple"));
        multiple.setId("plan-poll-multiple");
        binder.forField(multiple).bind(d -> d.pollMultiple, (d, value) -> d.pollMultiple = value);
        pollBlock.add(new H4(getTranslation("plan.poll.title")), question, options, anonymous, multiple);
        byServiceField.put("poll", question);
        return pollBlock;
    }

    private void showPoll() {
        pollBlock.setVisible(format.getValue() == Format.POLL);
    }

    private FormLayout responsibleForm() {
        TextField responsible = new TextField(getTranslation("plan.responsible"));
        responsible.setId("plan-responsible");
        responsible.setHelperText(getTranslation("plan.responsible.helper"));
        binder.forField(responsible).bind(d -> d.responsibleEditor, (d, value) -> d.responsibleEditor = value);
        byServiceField.put("responsibleEditor", responsible);
        return new FormLayout(responsible);
    }

    /** Runs the linter and the network preview on what is in the fields now, saved or not. */
    private void refreshAdvice() {
        List<String> networks = List.copyOf(selectedNetworks());
        boolean media = !draft.attachments.isEmpty();
        List<Draft.NetworkLimit> limits = networks.stream().map(connectors::get).filter(Objects::nonNull)
                .map(connector -> new Draft.NetworkLimit(connector.displayName(),
                        media ? connector.limits().captionLength() : connector.limits().textLength()))
                .filter(limit -> limit.maxLength() > 0).toList();
        List<Draft.Image> images = draft.attachments.stream()
                .filter(attachment -> attachment.mimeType().startsWith("image/"))
                .map(attachment -> new Draft.Image(attachment.fileName(), attachment.altText())).toList();
        advice.show(new Draft(text.getValue(), limits, images));

        Map<String, String> textOf = new LinkedHashMap<>();
        for (String network : networks) {
            String variant = draft.variants.get(network);
            textOf.put(network, variant == null || variant.isBlank() ? text.getValue() : variant);
        }
        preview.show(networks, textOf, draft.attachments.stream()
                .map(attachment -> new NetworkPreview.File(attachment.fileName(), attachment.size())).toList(),
                connectors);
    }

    private void addButtons(Set<PlanAction> actions, Caller caller) {
        Button cancel = new Button(getTranslation("plan.close"), event -> close());
        cancel.setId("plan-cancel");
        getFooter().add(cancel);
        if (!draft.isNew()) {
            Button history = new Button(getTranslation("plan.history"),
                    event -> new PlanHistoryDialog(draft.id, zone).open());
            history.setId("plan-history");
            getFooter().add(history);
        }
        long id = draft.isNew() ? 0 : draft.id;
        if (actions.contains(PlanAction.WITHDRAW)) {
            getFooter().add(button("plan-withdraw", "plan.withdraw", ButtonVariant.LUMO_ERROR,
                    () -> new RemarkDialog("plan.withdraw.title", "plan.reason.required", true, reason -> transition(
                            service -> service.withdraw(caller, id, reason), "plan.withdrawn")).open()));
        }
        if (actions.contains(PlanAction.RETURN)) {
            getFooter().add(button("plan-return", "plan.return", ButtonVariant.LUMO_CONTRAST,
                    () -> new RemarkDialog("plan.return.title", "plan.remark.required", true, remark -> transition(
                            service -> service.returnForChanges(caller, id, remark), "plan.returned")).open()));
        }
        if (actions.contains(PlanAction.RETRY)) {
            getFooter().add(button("plan-retry", "plan.retry", ButtonVariant.LUMO_CONTRAST,
                    () -> transition(service -> service.retry(caller, id), "plan.retried")));
        }
        if (actions.contains(PlanAction.PUBLISH_NOW)) {
            getFooter().add(button("plan-publish-now", "plan.publish-now", ButtonVariant.LUMO_CONTRAST,
                    () -> transition(service -> service.publishNow(caller, id), "plan.published-now")));
        }
        if (actions.contains(PlanAction.SAVE)) {
            getFooter().add(button("plan-save", "plan.save", ButtonVariant.LUMO_CONTRAST,
                    () -> save(caller).ifPresent(this::done)));
        }
        if (actions.contains(PlanAction.SUBMIT)) {
            getFooter().add(button("plan-submit", "plan.submit", ButtonVariant.LUMO_PRIMARY,
                    () -> save(caller).ifPresent(this::submit)));
        }
        if (actions.contains(PlanAction.APPROVE)) {
            getFooter().add(button("plan-approve", "plan.approve", ButtonVariant.LUMO_PRIMARY,
                    () -> new RemarkDialog("plan.approve.title", "plan.remark.optional", false, remark -> transition(
                            service -> service.approve(caller, id, remark), "plan.approved")).open()));
        }
    }

    /** Stores the form as it is; a draft that fails the form's own checks is not sent at all. */
    private Optional<PlanItem> save(Caller caller) {
        // the draft takes the values only when all of them are valid, so a refused save leaves it as it was
        if (!binder.writeBeanIfValid(draft)) {
            return Optional.empty();
        }
        PlanItem item = draft.toItem(zone, networkOf);
        return PlanChanges.apply(service -> draft.isNew() ? service.create(caller, item)
                : service.update(caller, item), this::showRejection, "plan.saved");
    }

    /**
     * Submits the item just saved. The form closes either way: it holds the version before the save, and the
     * saved item is in the plan, so the user reopens it to fix what the approval check objected to.
     */
    private void submit(PlanItem saved) {
        done(PlanChanges.apply(service -> service.submit(CurrentCaller.require(), saved.id()),
                PlanChanges::notifyRejected, "plan.submitted").orElse(saved));
    }

    private void transition(Function<ContentPlanService, PlanItem> change, String doneKey) {
        PlanChanges.apply(change, PlanChanges::notifyRejected, doneKey).ifPresent(this::done);
    }

    private void done(PlanItem item) {
        close();
        changed.accept(item);
    }

    private void showRejection(PlanValidationException error) {
        HasValidation field = error.field() == null ? null : byServiceField.get(error.field());
        if (field == null) {
            PlanChanges.notifyRejected(error);
            return;
        }
        field.setErrorMessage(PlanChanges.message(error));
        field.setInvalid(true);
    }

    private Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(key), event -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    private Set<String> selectedNetworks() {
        return targets.getValue().stream().map(Account::network).sorted()
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Targets the caller cannot see (not offered in the choice) stay as they were rather than being dropped. */
    private Set<Long> accountIds(Set<Account> chosen) {
        Set<Long> ids = draft.accountIds.stream().filter(id -> !accountsById.containsKey(id))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        chosen.forEach(account -> ids.add(account.id()));
        return ids;
    }

    private Set<Account> accountsOf(Set<Long> ids) {
        return ids.stream().map(accountsById::get).filter(Objects::nonNull)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String networkName(Account account) {
        return displayName(account.network());
    }

    private String displayName(String network) {
        ConnectorDescription connector = connectors.get(network);
        return connector == null ? network : connector.displayName();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
