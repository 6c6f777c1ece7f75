package org.socialdesk.core.moderation;

/** What a comment or message is, in the words of д.10 of the decree. */
public enum CommentCategory {
    /** Нецензурная брань (мат). */
    OBSCENE,
    /** Оскорбление. */
    INSULT,
    /** Спам. */
    SPAM,
    /** Возможное нарушение закона: always for a person to decide, never removed automatically. */
    POSSIBLY_ILLEGAL,
    /** Чисто. */
    CLEAN
}
