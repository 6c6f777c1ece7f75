package org.socialdesk.connector.vk.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socialdesk.connector.AuthFailure;
import org.socialdesk.connector.CaptchaRequired;
import org.socialdesk.connector.ConnectorException;
import org.socialdesk.connector.Credentials;
import org.socialdesk.connector.Publication;
import org.socialdesk.connector.RateLimited;
import org.socialdesk.connector.Rejected;
import org.socialdesk.connector.TransientFailure;

/** Each VK error code, HTTP fault and I/O fault surfaces as the exception the core acts on. */
class VkErrorMappingTest {

    private VkFixture fixture;

    @BeforeEach
    void start() throws Exception {
        fixture = new VkFixture();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest(name = "error {0} → {1}")
    @CsvSource({
        "5,   AuthFailure,      invalid, expired or revoked",
        "17,  AuthFailure,      confirm their identity",
        "27,  AuthFailure,      user token is needed",
        "7,   AuthFailure,      lacks a right",
        "15,  AuthFailure,      lacks a right",
        "200, AuthFailure,      lacks a right",
        "203, AuthFailure,      not an administrator",
        "6,   RateLimited,      too many requests per second",
        "9,   RateLimited,      flood control",
        "29,  RateLimited,      daily quota",
        "14,  CaptchaRequired,  captcha",
        "214, Rejected,         refuses to add this post",
        "100, Rejected,         One of the parameters specified was missing or invalid",
        "222, Rejected,         Hyperlinks are forbidden",
        "1,   TransientFailure, server failed",
        "10,  TransientFailure, server failed",
    })
    void vkErrorsSurfaceAsTheirType(int code, String type, String reason) {
        fixture.vk.failNext(code);

        ConnectorException surfaced = assertThrows(ConnectorException.class, this::publish);

        assertEquals(type, surfaced.getClass().getSimpleName());
        assertTrue(surfaced.getMessage().contains(reason), surfaced::getMessage);
        assertTrue(surfaced.getMessage().contains("error " + code), "VK's code is kept for people");
        assertTrue(fixture.vk.community().posts().isEmpty(), "nothing was posted");
    }

    @Test
    void rateLimitsWaitLongerTheLongerVkHoldsThem() {
        assertEquals(Duration.ofSeconds(1), retryAfter(6));
        assertEquals(Duration.ofMinutes(15), retryAfter(9));
        assertEquals(Duration.ofHours(1), retryAfter(29));
    }

    private Duration retryAfter(int code) {
        fixture.vk.failNext(code);
        return assertThrows(RateLimited.class, this::publish).retryAfter();
    }

    @Test
    void aCaptchaCarriesWhatAPersonNeedsAndIsAskedOnce() {
        fixture.vk.failNext(14);

        CaptchaRequired captcha = assertThrows(CaptchaRequired.class, this::publish);

        assertEquals("548172990431", captcha.captchaId());
        assertTrue(captcha.imageUrl().startsWith("https://api.vk.com/captcha.php"));
        assertEquals(1, fixture.vk.calls().size(), "the captcha was not looped on");
    }

    @Test
    void aRejectionQuotesVk() {
        fixture.vk.failNext(100);

        Rejected rejected = assertThrows(Rejected.class, this::publish);

        assertEquals("VK wall.post: error 100 One of the parameters specified was missing or invalid",
                rejected.getMessage());
    }

    @Test
    void aRevokedTokenIsAnAuthFailure() {
        fixture.vk.revoke(fixture.vk.userToken());

        assertThrows(AuthFailure.class, this::publish);
    }

    @Test
    void anAccountWithoutAUserTokenIsAnAuthFailureBeforeAnyRequest() {
        assertThrows(AuthFailure.class, () -> fixture.connector().publish(fixture.account(),
                Credentials.of(VkTokens.COMMUNITY_TOKEN, fixture.vk.communityToken()),
                Publication.text("key", "Текст")));
        assertEquals(0, fixture.vk.requestsServed());
    }

    @ParameterizedTest
    @CsvSource({"502", "503", "500", "404"})
    void httpFaultsAreTransient(int status) {
        fixture.vk.failNextWithHttpStatus(status);

        TransientFailure failure = assertThrows(TransientFailure.class, this::publish);

        assertTrue(failure.getMessage().contains("HTTP " + status), failure::getMessage);
    }

    @Test
    void http429IsARateLimit() {
        fixture.vk.failNextWithHttpStatus(429);

        assertEquals(Duration.ofSeconds(1), assertThrows(RateLimited.class, this::publish).retryAfter());
    }

    @Test
    void aDroppedConnectionIsTransient() {
        fixture.vk.loseNextAnswerTo("wall.post");

        assertInstanceOf(IOException.class, assertThrows(TransientFailure.class, this::publish).getCause());
    }

    @Test
    void anUnreachableServerIsTransientAndTheMessageHoldsNoToken() {
        fixture.vk.close();

        TransientFailure failure = assertThrows(TransientFailure.class, this::publish);

        assertFalse(failure.getMessage().contains(fixture.vk.userToken()));
    }

    @Test
    void readsVkErrorsAsApiVkComSendsThem() throws Exception {
        String asSent = """
                {"error_code":14,"error_msg":"Captcha needed","request_params":[{"key":"method","value":"wall.post"}],
                 "captcha_sid":"238764","captcha_img":"https://api.vk.com/captcha.php?sid=238764"}""";

        ConnectorException surfaced = VkError.of(new ObjectMapper().readTree(asSent)).toException("wall.post");

        CaptchaRequired captcha = assertInstanceOf(CaptchaRequired.class, surfaced);
        assertEquals("238764", captcha.captchaId());
        assertEquals("https://api.vk.com/captcha.php?sid=238764", captcha.imageUrl());
    }

    private void publish() throws ConnectorException {
        fixture.connector().publish(fixture.account(), fixture.credentials(),
                Publication.text("plan-item/42", "Запись о приёме граждан"));
    }
}
