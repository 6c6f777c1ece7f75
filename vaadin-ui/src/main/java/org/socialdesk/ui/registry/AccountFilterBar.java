package org.socialdesk.ui.registry;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.ui.i18n.EnumKeys;

/** The filters above the accounts grid except the organisation, which the organisations grid chooses. */
final class AccountFilterBar extends HorizontalLayout {

    private static final long serialVersionUID = 1L;
    /** Typing pauses this long before the registry is asked, instead of once per key. */
    private static final int SEARCH_DELAY_MILLIS = 400;

    private final ComboBox<String> network = new ComboBox<>();
    private final ComboBox<AccountState> state = new ComboBox<>();
    private final TextField search = new TextField();
    private final Checkbox overdue = new Checkbox();

    /** @param changed called with the filter after every change; the organisation is left for the caller */
    AccountFilterBar(Consumer<AccountFilter> changed) {
        network.setId("accounts-filter-network");
        network.setLabel(getTranslation("registry.filter.network"));
        network.setPlaceholder(getTranslation("registry.filter.any"));
        network.setItems(List.of("vk", "ok", "telegram"));
        network.setClearButtonVisible(true);
        // free-text networks are filtered by name too
        network.setAllowCustomValue(true);
        network.addCustomValueSetListener(event -> network.setValue(event.getDetail().strip()));

        state.setId("accounts-filter-state");
        state.setLabel(getTranslation("registry.filter.state"));
        state.setPlaceholder(getTranslation("registry.filter.any"));
        state.setItems(AccountState.values());
        state.setItemLabelGenerator(value -> getTranslation(EnumKeys.of(value)));
        state.setClearButtonVisible(true);

        search.setId("accounts-search");
        search.setLabel(getTranslation("registry.filter.search"));
        search.setPlaceholder(getTranslation("registry.filter.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(SEARCH_DELAY_MILLIS);
        search.setWidth("20em");

        overdue.setId("accounts-filter-overdue");
        overdue.setLabel(getTranslation("registry.filter.overdue"));

        network.addValueChangeListener(event -> changed.accept(filter()));
        state.addValueChangeListener(event -> changed.accept(filter()));
        search.addValueChangeListener(event -> changed.accept(filter()));
        overdue.addValueChangeListener(event -> changed.accept(filter()));

        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(network, state, search, overdue);
    }

    AccountFilter filter() {
        return new AccountFilter(null, network.getValue(), state.getValue(), search.getValue(), overdue.getValue());
    }
}
