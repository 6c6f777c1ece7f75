package org.socialdesk.core.security;

/** Roles of SocialDesk users; each is held for some organisations or for all of them. */
public enum Role {
    /** Администратор: users, configuration, everything. */
    ADMINISTRATOR,
    /** Пресс-служба: keeps the registry, approves plans and replies of every organisation. */
    PRESS_OFFICE,
    /** Редактор органа: accounts, plan items and replies of its organisations. */
    EDITOR,
    /** Модератор: moderation of its organisations. */
    MODERATOR,
    /** Аудитор: reads everything, including the audit log, and changes nothing. */
    AUDITOR
}
