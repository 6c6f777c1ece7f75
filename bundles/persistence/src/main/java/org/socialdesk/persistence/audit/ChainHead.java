package org.socialdesk.persistence.audit;

/** The newest entry of the audit chain: its sequence number and hash. */
public record ChainHead(long sequence, String hash) {
}
