package org.socialdesk.core.model;

/** Whether the network marks the account as official, e.g. VK's «Госорганизация» badge. */
public enum OfficialMark {
    /** Nobody has looked yet. */
    UNKNOWN,
    /** The network shows no mark and none was requested. */
    ABSENT,
    /** The mark was requested from the network and is awaited. */
    REQUESTED,
    /** The network shows the mark. */
    GRANTED
}
