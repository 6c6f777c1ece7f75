package org.socialdesk.contentplan.style;

/**
 * How strongly the linter advises. Neither level blocks publishing (д.9 recommends a style, it does
 * not forbid one); the editor only colours the highlight differently.
 */
public enum Severity {
    /** Worth a second look; often acceptable. */
    ADVICE,
    /** Press-release bureaucratese or a hard limit of the network: rewrite unless there is a reason. */
    WARNING
}
