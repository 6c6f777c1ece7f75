package org.socialdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** Every page carries the product's name as its title, so browser tabs and bookmarks read "SocialDesk". */
public interface ProductTitle extends HasDynamicTitle {

    String KEY = "app.title";

    @Override
    default String getPageTitle() {
        return UI.getCurrent().getTranslation(KEY);
    }
}
