package org.socialdesk.ui.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.moderation.OrganisationWordList;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.moderation.OrganisationWordsService;
import org.socialdesk.core.moderation.SampleVerdict;
import org.socialdesk.core.moderation.WordListException;
import org.socialdesk.core.moderation.WordListProblem;
import org.socialdesk.core.moderation.WordsChangedException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.ui.OrganisationNames;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.security.CurrentCaller;

/**
 * «Словари организации»: the organisation's own banned and allowed words for the comment classifier, one entry a
 * line, checked as they are typed, with a sample text judged by the lists as they stand on the screen, saved or
 * not. Those who may only read the lists see them without the means to change them.
 */
final class OrganisationWordsDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationWordsDialog.class);

    private final QueueNames names;
    private final ComboBox<Organisation> organisation = new ComboBox<>();
    private final TextArea banned = new TextArea();
    private final TextArea allowed = new TextArea();
    private final UnorderedList bannedProblems = new UnorderedList();
    private final UnorderedList allowedProblems = new UnorderedList();
    private final Paragraph savedLine = new Paragraph();
    private final TextField sample = new TextField();
    private final Paragraph verdict = new Paragraph();
    private final Button save = new Button();
    /** The lists as last read or saved, whose version the next save goes over; {@code null} before a choice. */
    private OrganisationWords loaded;
    private boolean editable;
    private boolean valid;

    /** @param chosen the organisation to open on, e.g. the queue's filter, or {@code null} */
    OrganisationWordsDialog(List<Organisation> organisations, Long chosen, QueueNames names) {
        this.names = names;
        setId("moderation-words-dialog");
        setHeaderTitle(getTranslation("moderation.words.title"));
        setWidth("64em");

        organisation.setId("moderation-words-organisation");
        organisation.setLabel(getTranslation("moderation.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(OrganisationNames::shortest);
        organisation.setWidth("24em");
        organisation.addValueChangeListener(event -> load(event.getValue()));

        setUp(banned, "moderation-words-banned", "moderation.words.banned", "moderation.words.banned.helper");
        setUp(allowed, "moderation-words-allowed", "moderation.words.allowed", "moderation.words.allowed.helper");
        bannedProblems.setId("moderation-words-banned-problems");
        allowedProblems.setId("moderation-words-allowed-problems");
        VerticalLayout bannedColumn = column(banned, bannedProblems);
        VerticalLayout allowedColumn = column(allowed, allowedProblems);
        HorizontalLayout lists = new HorizontalLayout(bannedColumn, allowedColumn);
        lists.setWidthFull();
        lists.setFlexGrow(1, bannedColumn, allowedColumn);

        savedLine.setId("moderation-words-saved");
        savedLine.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");

        sample.setId("moderation-words-sample");
        sample.setLabel(getTranslation("moderation.words.sample"));
        sample.setPlaceholder(getTranslation("moderation.words.sample.placeholder"));
        sample.setWidthFull();
        Button check = new Button(getTranslation("moderation.words.check"), event -> checkSample());
        check.setId("moderation-words-check");
        HorizontalLayout sampleRow = new HorizontalLayout(sample, check);
        sampleRow.setWidthFull();
        sampleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        sampleRow.setFlexGrow(1, sample);
        verdict.setId("moderation-words-verdict");

        Paragraph about = new Paragraph(getTranslation("moderation.words.about"));
        add(about, organisation, savedLine, lists, sampleRow, verdict);

        Button close = new Button(getTranslation("moderation.close"), event -> close());
        close.setId("moderation-words-close");
        save.setText(getTranslation("moderation.words.save"));
        save.setId("moderation-words-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> save());
        getFooter().add(close, save);

        organisations.stream().filter(o -> chosen != null && chosen.equals(o.id())).findFirst()
                .or(() -> organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty())
                .ifPresentOrElse(organisation::setValue, () -> load(null));
    }

    private void setUp(TextArea area, String id, String label, String helper) {
        area.setId(id);
        area.setLabel(getTranslation(label));
        area.setHelperText(getTranslation(helper));
        area.setWidthFull();
        area.setMinHeight("14em");
        area.setMaxHeight("22em");
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.addValueChangeListener(event -> validate());
    }

    private static VerticalLayout column(TextArea area, UnorderedList problems) {
        problems.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin", "0");
        VerticalLayout column = new VerticalLayout(area, problems);
        column.setPadding(false);
        column.setSpacing(false);
        column.setWidth("50%");
        return column;
    }

    private void load(Organisation chosen) {
        loaded = null;
        editable = false;
        if (chosen != null) {
            ModerationActions.call(PlatformServices.current().organisationWords(), words -> {
                OrganisationWords found = words.find(CurrentCaller.require(), chosen.id());
                editable = words.mayEdit(CurrentCaller.require(), chosen.id());
                return found;
            }).ifPresent(found -> loaded = found);
        }
        banned.setValue(loaded == null ? "" : WordLines.text(loaded.banned()));
        allowed.setValue(loaded == null ? "" : WordLines.text(loaded.allowed()));
        banned.setReadOnly(!editable);
        allowed.setReadOnly(!editable);
        showSaved();
        verdict.setText("");
        validate();
    }

    private void showSaved() {
        if (loaded == null) {
            savedLine.setText(getTranslation("moderation.words.choose"));
        } else if (loaded.savedAt() == null) {
            savedLine.setText(getTranslation(editable ? "moderation.words.never" : "moderation.words.never.read-only"));
        } else {
            savedLine.setText(getTranslation(editable ? "moderation.words.saved-by" : "moderation.words.saved-by.read-only",
                    names.time(loaded.organisationId(), loaded.savedAt()), loaded.savedBy()));
        }
    }

    /** Checked by the service, which knows how comments are read; a line with a mistake is named under its list. */
    private void validate() {
        List<WordListProblem> problems = List.of();
        if (loaded != null && editable) {
            problems = ModerationActions.call(PlatformServices.current().organisationWords(),
                    words -> words.check(WordLines.of(banned.getValue()), WordLines.of(allowed.getValue())))
                    .orElse(List.of());
        }
        showProblems(problems);
    }

    private void showProblems(List<WordListProblem> problems) {
        show(bannedProblems, banned, problems.stream().filter(p -> p.list() == OrganisationWordList.BANNED).toList());
        show(allowedProblems, allowed,
                problems.stream().filter(p -> p.list() == OrganisationWordList.ALLOWED).toList());
        valid = problems.isEmpty();
        save.setEnabled(loaded != null && editable && valid);
    }

    private void show(UnorderedList list, TextArea area, List<WordListProblem> problems) {
        list.removeAll();
        for (WordListProblem problem : problems) {
            ListItem item = new ListItem(getTranslation(WordProblems.key(problem.kind()), problem.line(),
                    WordProblems.detail(problem)));
            item.getElement().setAttribute("data-line", String.valueOf(problem.line()));
            list.add(item);
        }
        area.setInvalid(!problems.isEmpty());
        area.setErrorMessage(problems.isEmpty() ? null
                : getTranslation("moderation.words.problems", problems.size()));
    }

    private void checkSample() {
        Organisation chosen = organisation.getValue();
        if (chosen == null) {
            verdict.setText(getTranslation("moderation.words.choose"));
            return;
        }
        if (sample.getValue().isBlank()) {
            verdict.setText(getTranslation("moderation.words.sample.empty"));
            return;
        }
        ModerationActions.call(PlatformServices.current().organisationWords(),
                words -> words.classify(CurrentCaller.require(), chosen.id(), WordLines.of(banned.getValue()),
                        WordLines.of(allowed.getValue()), sample.getValue()))
                .ifPresent(found -> verdict.setText(verdictText(found)));
    }

    private String verdictText(SampleVerdict found) {
        if (found.reasons().isEmpty()) {
            return getTranslation("moderation.words.verdict.clean");
        }
        return getTranslation("moderation.words.verdict", getTranslation(EnumKeys.of(found.category())),
                CategoryBadge.percent(found.confidence()), String.join("; ", found.reasons()));
    }

    private void save() {
        Optional<OrganisationWordsService> service = PlatformServices.current().organisationWords();
        if (loaded == null || !valid) {
            return;
        }
        if (service.isEmpty()) {
            ModerationNotification.error(getTranslation("service.unavailable"));
            return;
        }
        try {
            loaded = service.get().save(CurrentCaller.require(), new OrganisationWords(loaded.organisationId(),
                    loaded.version(), WordLines.of(banned.getValue()), WordLines.of(allowed.getValue()), null,
                    null));
            banned.setValue(WordLines.text(loaded.banned()));
            allowed.setValue(WordLines.text(loaded.allowed()));
            showSaved();
            ModerationNotification.done(getTranslation("moderation.words.saved"));
        } catch (WordListException e) {
            showProblems(e.problems());
            ModerationNotification.error(getTranslation("moderation.words.invalid"));
        } catch (WordsChangedException e) {
            ModerationNotification.error(getTranslation("moderation.words.changed"));
        } catch (AccessDeniedException e) {
            ModerationNotification.error(getTranslation("moderation.error.denied"));
        } catch (RuntimeException e) {
            LOG.error("Saving an organisation's word lists failed", e);
            ModerationNotification.error(getTranslation("service.failed"));
        }
    }
}
