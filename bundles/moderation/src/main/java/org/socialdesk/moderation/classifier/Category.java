package org.socialdesk.moderation.classifier;

/** What a comment or message is, in the decree's words (д.10); see the glossary. */
public enum Category {
    /** нецензурные выражения (мат). */
    OBSCENE("мат"),
    /** оскорбления. */
    INSULT("оскорбление"),
    /** спам-рассылки: advertising, scams, link farms. */
    SPAM("спам"),
    /** возможное нарушение законодательства: never removed automatically, a person decides. */
    POSSIBLY_ILLEGAL("возможное нарушение закона"),
    /** чисто. */
    CLEAN("чисто");

    private final String russian;

    Category(String russian) {
        this.russian = russian;
    }

    /** The word a moderator sees in the queue and in a verdict's reasons. */
    public String russian() {
        return russian;
    }
}
