package org.socialdesk.ui.layout;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A section whose navigation entry exists already while its content comes with a later version. */
public abstract class UpcomingSection extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    protected UpcomingSection(String titleKey) {
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation("section.upcoming")));
    }
}
