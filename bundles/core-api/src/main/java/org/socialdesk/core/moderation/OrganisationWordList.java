package org.socialdesk.core.moderation;

/** The two word lists an organisation keeps for the comment classifier besides the shipped ones. */
public enum OrganisationWordList {
    /** Запрещённые слова: words and phrases flagged as insults in its comments, e.g. a local slur. */
    BANNED,
    /** Разрешённые слова: words never flagged, e.g. a place name or surname that looks like a rude word. */
    ALLOWED
}
