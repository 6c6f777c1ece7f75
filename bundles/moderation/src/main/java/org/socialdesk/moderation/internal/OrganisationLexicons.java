package org.socialdesk.moderation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialdesk.moderation.classifier.Category;
import org.socialdesk.moderation.classifier.Classifier;
import org.socialdesk.moderation.classifier.Lexicon;
import org.socialdesk.moderation.classifier.LexiconClassifier;
import org.socialdesk.moderation.classifier.RecentTexts;
import org.socialdesk.moderation.classifier.WordList;
import org.socialdesk.persistence.entity.OrganisationWordsEntity;

/**
 * The classifier each organisation's comments go through: the shipped lexicon plus the organisation's own words,
 * an allow-list (its place names, surnames, terms that look like insults) and a deny-list (words only its audience
 * uses). The words come from two places, and both count: the configuration (for operators: any category, the full
 * pattern syntax, {@code *} for every organisation) and the lists the organisation keeps in the database through
 * the UI ({@link OrganisationWordsEntity}: banned words flagged as insults, allowed words). A saved list is picked
 * up by the next page classified, on any node: its version is looked up first, and the classifier is rebuilt only
 * when it changed. Organisations without additions share one classifier; every classifier shares the compiled
 * shipped lists and the recently posted texts.
 */
final class OrganisationLexicons {

    private static final Logger LOG = LoggerFactory.getLogger(OrganisationLexicons.class);
    private static final String EVERY = "*";

    private final Lexicon everyone;
    private final Map<Long, Lexicon> configured;
    private final RecentTexts recent;
    private final Classifier common;
    private final Map<Long, Classifier> byOrganisation;
    /** Classifiers with the organisations' saved lists, by organisation, with the version they were built from. */
    private final Map<Long, Saved> saved = new ConcurrentHashMap<>();

    private record Saved(long version, Classifier classifier) {
    }

    private OrganisationLexicons(Lexicon everyone, Map<Long, Lexicon> configured, RecentTexts recent) {
        this.everyone = everyone;
        this.configured = Map.copyOf(configured);
        this.recent = recent;
        this.common = new LexiconClassifier(everyone, recent);
        Map<Long, Classifier> classifiers = new HashMap<>();
        configured.forEach((organisation, lexicon) -> classifiers.put(organisation,
                new LexiconClassifier(lexicon, recent)));
        this.byOrganisation = Map.copyOf(classifiers);
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
        Map<Long, Lexicon> lexicons = new HashMap<>();
        List<String> organisations = new ArrayList<>(allowedBy.keySet());
        organisations.addAll(deniedBy.keySet());
        for (String organisation : organisations) {
            if (!organisation.equals(EVERY) && !lexicons.containsKey(Long.valueOf(organisation))) {
                lexicons.put(Long.valueOf(organisation), additions(everyone, organisation, allowedBy, deniedBy));
            }
        }
        return new OrganisationLexicons(everyone, lexicons, recent);
    }

    /** The classifier with the configured words only. */
    Classifier classifier(long organisationId) {
        return byOrganisation.getOrDefault(organisationId, common);
    }

    /** The classifier with the configured words and the organisation's saved lists as {@code em} sees them now. */
    Classifier classifier(EntityManager em, long organisationId) {
        List<Long> versions = em.createQuery("SELECT w.version FROM OrganisationWordsEntity w "
                + "WHERE w.organisationId = :organisationId", Long.class)
                .setParameter("organisationId", organisationId).getResultList();
        if (versions.isEmpty()) {
            return classifier(organisationId);
        }
        Saved known = saved.get(organisationId);
        if (known != null && known.version() == versions.get(0)) {
            return known.classifier();
        }
        OrganisationWordsEntity words = em.find(OrganisationWordsEntity.class, organisationId);
        // another node may have saved since this one cached the row
        em.refresh(words);
        Saved built = new Saved(words.getVersion(),
                with(organisationId, words.getBanned(), words.getAllowed(), recent));
        saved.put(organisationId, built);
        return built.classifier();
    }

    /**
     * A classifier with the configured words and these lists instead of the saved ones, e.g. to try lists before
     * saving them; the entries must have passed {@link WordListCheck}.
     */
    Classifier with(long organisationId, List<String> banned, List<String> allowed, RecentTexts recentTexts) {
        Lexicon lexicon = configured.getOrDefault(organisationId, everyone);
        try {
            if (!banned.isEmpty()) {
                lexicon = lexicon.with(WordList.of(Category.INSULT, "organisation " + organisationId + " (banned)",
                        banned.toArray(new String[0])));
            }
            return new LexiconClassifier(lexicon.allowing(allowedWords(allowed)), recentTexts);
        } catch (IllegalArgumentException e) {
            // the lists are checked when saved, so only a row written around the service gets here
            LOG.error("Ignoring the saved word lists of organisation {}: {}", organisationId, e.getMessage());
            return new LexiconClassifier(configured.getOrDefault(organisationId, everyone), recentTexts);
        }
    }

    /** The allow-list takes single words: a hyphenated name (Усть-Калманка) is read as its parts, as in comments. */
    private static List<String> allowedWords(List<String> allowed) {
        List<String> words = new ArrayList<>();
        for (String entry : allowed) {
            String[] parts = entry.strip().split("-+");
            for (String part : parts) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
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
