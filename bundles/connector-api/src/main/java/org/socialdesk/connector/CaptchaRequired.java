package org.socialdesk.connector;

/** The network wants a person to solve a captcha; the core shows it and never retries on its own. */
public final class CaptchaRequired extends ConnectorException {

    private static final long serialVersionUID = 1L;

    private final String captchaId;
    private final String imageUrl;

    public CaptchaRequired(String message, String captchaId, String imageUrl) {
        super(message, null);
        this.captchaId = captchaId;
        this.imageUrl = imageUrl;
    }

    public String captchaId() {
        return captchaId;
    }

    public String imageUrl() {
        return imageUrl;
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
