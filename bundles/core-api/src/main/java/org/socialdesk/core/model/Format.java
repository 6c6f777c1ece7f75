package org.socialdesk.core.model;

/** Publication formats of д.7 of the decree. */
public enum Format {
    TEXT, PHOTO, INFOGRAPHICS, CARDS, ANIMATION, VIDEO, LIVE_STREAM, POLL, OTHER
}
