package org.socialdesk.core.registry;

/** Orders of the account listing; ties are broken by id so that pages never overlap. */
public enum AccountSort {
    TITLE, NETWORK, URL, ORGANISATION, STATE
}
