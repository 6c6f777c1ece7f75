package org.socialdesk.core.contentplan;

/** Whose event a publication is about (инфоповод, д.2 of the decree). */
public enum OccasionKind {
    /** Событие Губернатора. */
    GOVERNOR,
    /** Событие Правительства. */
    GOVERNMENT,
    /** Событие органа власти. */
    BODY,
    /** Другой информационный повод. */
    OTHER
}
