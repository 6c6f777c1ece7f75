package org.socialdesk.moderation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.moderation.classifier.Category;
import org.socialdesk.moderation.classifier.Classifier;
import org.socialdesk.moderation.classifier.Lexicon;
import org.socialdesk.moderation.classifier.LexiconClassifier;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.moderation.classifier.WordList;

/**
 * The classifier each organisation's comments go through: the shipped lexicon plus the organisation's own words
 * from the configuration, an allow-list (its place names, surnames, terms that look like insults) and a deny-list
 * (words only its audience uses). Organisations without additions share one classifier; every classifier shares
 * the compiled shipped lists and the recently posted texts.
 */
final class OrganisationLexicons {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationLexicons.class);
    private static final String EVERY = "*";

    private final Classifier common;
    private final Map<Long, Classifier> byOrganisation;

    private OrganisationLexicons(Classifier common, Map<Long, Classifier> byOrganisation) {
        this.common = common;
        this.byOrganisation = Map.copyOf(byOrganisation);
    }

    static OrganisationLexicons shipped(RecentTexts recent) {
        return parse(new String[0], new String[0], recent);
    }

    /**
     * @param allowed entries {@code ORGANISATION:PATTERN}, e.g. {@code 12:Хуйдан} for a place name
     * @param denied  entries {@code ORGANISATION:CATEGORY:PATTERN}, e.g. {@code 12:SPAM:микрозайм*}
     *                ({@code *} as the organisation means every one; patterns in the word-list syntax)
     */
    static OrganisationLexicons parse(String[] allowed, String[] denied, RecentTexts recent) {
        Map<String, List<String>> allowedBy = new LinkedHashMap<>();
        for (String entry : allowed) {
            String[] parts = entry.split(":", 2);
            if (parts.length != 2 || !organisation(parts[0])) {
                LOG.error("Ignoring the allowed word '{}': expected ORGANISATION:PATTERN", entry);
                continue;
            }
            allowedBy.computeIfAbsent(parts[0].strip(), o -> new ArrayList<>()).add(parts[1].strip());
        }
        Map<String, Map<Category, List<String>>> deniedBy = new LinkedHashMap<>();
        for (String entry : denied) {
            String[] parts = entry.split(":", 3);
            Category category = parts.length == 3 ? category(parts[1]) : null;
            if (category == null || category == Category.CLEAN || !organisation(parts[0])) {
                LOG.error("Ignoring the denied word '{}': expected ORGANISATION:CATEGORY:PATTERN", entry);
                continue;
            }
            deniedBy.computeIfAbsent(parts[0].strip(), o -> new LinkedHashMap<>())
                    .computeIfAbsent(category, c -> new ArrayList<>()).add(parts[2].strip());
        }
        Lexicon everyone = additions(Lexicon.builtIn(), EVERY, allowedBy, deniedBy);
        Map<Long, Classifier> classifiers = new HashMap<>();
        List<String> organisations = new ArrayList<>(allowedBy.keySet());
        organisations.addAll(deniedBy.keySet());
        for (String organisation : organisations) {
            if (!organisation.equals(EVERY) && !classifiers.containsKey(Long.valueOf(organisation))) {
                classifiers.put(Long.valueOf(organisation), new LexiconClassifier(
                        additions(everyone, organisation, allowedBy, deniedBy), recent));
            }
        }
        return new OrganisationLexicons(new LexiconClassifier(everyone, recent), classifiers);
    }

    Classifier classifier(long organisationId) {
        return byOrganisation.getOrDefault(organisationId, common);
    }

    private static Lexicon additions(Lexicon lexicon, String organisation, Map<String, List<String>> allowed,
            Map<String, Map<Category, List<String>>> denied) {
        Lexicon result = lexicon.allowing(allowed.getOrDefault(organisation, List.of()));
        for (var list : denied.getOrDefault(organisation, Map.of()).entrySet()) {
            result = result.with(WordList.of(list.getKey(), "organisation " + organisation,
                    list.getValue().toArray(new String[0])));
        }
        return result;
    }

    private static boolean organisation(String value) {
        return value.strip().equals(EVERY) || value.strip().matches("\\d{1,18}");
    }

    private static Category category(String value) {
        try {
            return Category.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
