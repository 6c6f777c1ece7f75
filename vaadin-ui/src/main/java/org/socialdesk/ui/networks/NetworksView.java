package org.socialdesk.ui.networks;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Route;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.socialdesk.connector.ConnectorDescription;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.ui.PlatformServices;
import org.socialdesk.ui.ServiceNotice;
import org.socialdesk.ui.i18n.EnumKeys;
import org.socialdesk.ui.layout.MainLayout;

/**
 * The connectors installed right now and what each can do on its network. Connectors come and go with
 * their bundles, so the list is read on every visit and on demand.
 */
@Route(value = "networks", layout = MainLayout.class)
public class NetworksView extends VerticalLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final Grid<ConnectorDescription> connectors = new Grid<>();
    private final ServiceNotice notice = new ServiceNotice("connectors-notice");
    private final Paragraph empty = new Paragraph();

    public NetworksView() {
        setId("networks-view");
        setSizeFull();

        connectors.setId("connectors-grid");
        // a handful of connectors at most: the grid is as tall as its rows
        connectors.setAllRowsVisible(true);
        connectors.addColumn(ConnectorDescription::id).setHeader(getTranslation("networks.id")).setAutoWidth(true);
        connectors.addColumn(ConnectorDescription::displayName).setHeader(getTranslation("networks.name"))
                .setAutoWidth(true);
        connectors.addColumn(connector -> labels(connector.formats()))
                .setHeader(getTranslation("networks.formats")).setAutoWidth(true).setFlexGrow(3);
        connectors.addColumn(connector -> labels(connector.actions()))
                .setHeader(getTranslation("networks.actions")).setAutoWidth(true).setFlexGrow(2);
        connectors.addColumn(connector -> getTranslation(connector.nativeScheduling() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("networks.native-scheduling")).setAutoWidth(true);
        connectors.addColumn(connector -> connector.limits().textLength())
                .setHeader(getTranslation("networks.text-limit")).setAutoWidth(true);

        empty.setId("connectors-empty");
        empty.setText(getTranslation("networks.empty"));
        empty.setVisible(false);

        Button refresh = new Button(getTranslation("networks.refresh"), VaadinIcon.REFRESH.create(),
                event -> refresh());
        refresh.setId("connectors-refresh");

        add(new H2(getTranslation("nav.networks")), refresh, notice, empty, connectors);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    private void refresh() {
        List<ConnectorDescription> installed = notice
                .ask(PlatformServices.current().connectors(), ConnectorRegistry::installed)
                .orElse(null);
        empty.setVisible(installed != null && installed.isEmpty());
        connectors.setItems(installed == null ? List.of() : installed);
    }

    /** Translated names in the enum's own order, so rows of different connectors compare at a glance. */
    private String labels(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return getTranslation("common.none");
        }
        return values.stream()
                .sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal()))
                .map(value -> getTranslation(EnumKeys.of(value)))
                .collect(Collectors.joining(", "));
    }
}
