package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import java.util.List;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.i18n.EnumKeys;

/** The filters above the moderation queue; it opens on what still needs a moderator. */
final class QueueFilterBar extends FlexLayout {

    private static final long serialVersionUID = 1L;
    private static final int CONFIDENCE_STEP = 5;

    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final ComboBox<Account> account = new ComboBox<>();
    private final MultiSelectComboBox<CommentCategory> categories = new MultiSelectComboBox<>();
    private final IntegerField minConfidence = new IntegerField();
    private final MultiSelectComboBox<CommentStatus> statuses = new MultiSelectComboBox<>();
    private final Checkbox deletedAutomatically = new Checkbox();
    private final SerializableFunction<Long, List<Account>> accountsOf;

    /**
     * @param accountsOf the accounts of an organisation, for the account filter
     * @param changed    called with the filter after every change
     */
    QueueFilterBar(SerializableFunction<Long, List<Account>> accountsOf, SerializableConsumer<QueueFilter> changed) {
        this.accountsOf = accountsOf;
        QueueFilter initial = QueueFilter.OPEN;

        organisation.setId("moderation-filter-organisation");
        organisation.setLabel(getTranslation("moderation.organisation"));
        organisation.setPlaceholder(getTranslation("moderation.filter.all"));
        organisation.setItemLabelGenerator(OrganisationNames::shortest);
        organisation.setClearButtonVisible(true);
        organisation.setWidth("16em");
        organisation.addValueChangeListener(event -> chooseOrganisation(event.getValue()));

        account.setId("moderation-filter-account");
        account.setLabel(getTranslation("moderation.account"));
        account.setPlaceholder(getTranslation("moderation.filter.all"));
        account.setItemLabelGenerator(value -> value.title() + " (" + value.network() + ")");
        account.setClearButtonVisible(true);
        account.setEnabled(false);
        account.setHelperText(getTranslation("moderation.filter.account.helper"));
        account.setWidth("16em");

        categories.setId("moderation-filter-category");
        categories.setLabel(getTranslation("moderation.category"));
        categories.setPlaceholder(getTranslation("moderation.filter.all"));
        categories.setItems(CommentCategory.values());
        categories.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        categories.setValue(initial.categories());
        categories.setClearButtonVisible(true);
        categories.setWidth("18em");

        minConfidence.setId("moderation-filter-confidence");
        minConfidence.setLabel(getTranslation("moderation.filter.confidence"));
        minConfidence.setMin(0);
        minConfidence.setMax(100);
        minConfidence.setStep(CONFIDENCE_STEP);
        minConfidence.setStepButtonsVisible(true);
        minConfidence.setSuffixComponent(new Span("%"));
        minConfidence.setValue(initial.minConfidencePercent());
        minConfidence.setWidth("9em");

        statuses.setId("moderation-filter-status");
        statuses.setLabel(getTranslation("moderation.status"));
        statuses.setPlaceholder(getTranslation("moderation.filter.all"));
        statuses.setItems(CommentStatus.values());
        statuses.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        statuses.setValue(initial.statuses());
        statuses.setClearButtonVisible(true);
        statuses.setWidth("16em");

        deletedAutomatically.setId("moderation-filter-auto-deleted");
        deletedAutomatically.setLabel(getTranslation("moderation.filter.auto-deleted"));
        deletedAutomatically.setTooltipText(getTranslation("moderation.filter.auto-deleted.tooltip"));
        deletedAutomatically.setValue(initial.deletedAutomatically());

        organisation.addValueChangeListener(event -> changed.accept(filter()));
        account.addValueChangeListener(event -> {
            // a new organisation clears the account itself; its own change already asked for the queue
            if (event.isFromClient()) {
                changed.accept(filter());
            }
        });
        categories.addValueChangeListener(event -> changed.accept(filter()));
        minConfidence.addValueChangeListener(event -> changed.accept(filter()));
        statuses.addValueChangeListener(event -> changed.accept(filter()));
        deletedAutomatically.addValueChangeListener(event -> changed.accept(filter()));

        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");
        add(organisation, account, categories, minConfidence, statuses, deletedAutomatically);
    }

    void setOrganisations(List<Organisation> known) {
        Organisation chosen = organisation.getValue();
        organisation.setItems(known);
        // the same organisation read again is a new record: keep it chosen by its id
        known.stream().filter(candidate -> chosen != null && chosen.id().equals(candidate.id())).findFirst()
                .ifPresent(organisation::setValue);
    }

    QueueFilter filter() {
        Organisation chosenOrganisation = organisation.getValue();
        Account chosenAccount = account.getValue();
        Integer percent = minConfidence.getValue();
        return new QueueFilter(chosenOrganisation == null ? null : chosenOrganisation.id(),
                chosenAccount == null ? null : chosenAccount.id(), categories.getValue(), statuses.getValue(),
                percent == null ? 0 : percent, deletedAutomatically.getValue());
    }

    /** Accounts are chosen within an organisation: a region has too many to pick from in one list. */
    private void chooseOrganisation(Organisation chosen) {
        account.clear();
        account.setItems(chosen == null ? List.of() : accountsOf.apply(chosen.id()));
        account.setEnabled(chosen != null);
    }
}
