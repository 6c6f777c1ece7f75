package org.socialdesk.contentplan.style;

import java.util.ArrayList;
import java.util.List;

/** Images without a description: blind and low-vision readers hear nothing (accessibility of official information). */
final class ImageAltText {

    static final String ID = "image-alt-missing";

    private ImageAltText() {
    }

    static List<StyleFinding> find(List<Draft.Image> images) {
        List<StyleFinding> findings = new ArrayList<>();
        for (Draft.Image image : images) {
            if (!image.hasAltText()) {
                findings.add(new StyleFinding(ID, Severity.WARNING, 0, 0,
                        "У изображения «" + image.name() + "» нет описания: незрячие читатели его не узнают.",
                        "опишите, что на фото: «Губернатор с учениками у новой школы в Бийске»"));
            }
        }
        return findings;
    }
}
