package org.socialdesk.core.contentplan;

/** Lifecycle of a plan item; every transition is audited. */
public enum PlanItemState {
    /** Черновик: the editor is writing it. */
    DRAFT,
    /** На согласовании: submitted, waiting for the press office (and, where configured, a second level). */
    IN_APPROVAL,
    /** Возвращено с замечаниями: the approver sent it back with a remark. */
    RETURNED,
    /** Согласовано: approved; a template stays here, a post or reply goes on to {@link #SCHEDULED}. */
    APPROVED,
    /** Запланировано: in the outbox, waiting for its time. */
    SCHEDULED,
    /** Опубликовано: every target account holds a verified post. */
    PUBLISHED,
    /** Ошибка: at least one target failed and waits for a person (fix and retry). */
    FAILED,
    /** Снято: withdrawn before publication; kept for the record. */
    WITHDRAWN
}
