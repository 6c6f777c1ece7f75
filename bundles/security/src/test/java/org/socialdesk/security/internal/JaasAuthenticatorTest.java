package org.socialdesk.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.login.FailedLoginException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.audit.AuditQuery;
import org.socialdesk.core.security.AuthenticationException;
import org.socialdesk.core.security.AuthenticationException.Reason;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.InMemoryDatabase;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.audit.ChainHeadFile;

/** Login through the database's users with the real throttle and audit log; only the JAAS plumbing is left out. */
class JaasAuthenticatorTest {

    private static final char[] PASSWORD = "правильный пароль".toCharArray();

    private final Database database = InMemoryDatabase.create();
    private final UserStore users = new UserStore(database, new PasswordHasher(1_000));
    private Instant now = Instant.parse("2026-03-27T03:00:00Z");
    private final List<Duration> pauses = new ArrayList<>();
    private final ChainedAuditLog audit;
    private final JaasAuthenticator authenticator;

    JaasAuthenticatorTest(@TempDir Path data) {
        audit = new ChainedAuditLog(database, new AuditTrail(database, new ChainHeadFile(data.resolve("head"))));
        LoginThrottle throttle = new LoginThrottle(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        authenticator = new JaasAuthenticator(users, audit, throttle, (name, password) -> {
            if (!users.verify(name, password)) {
                throw new FailedLoginException("invalid user name or password");
            }
            return name;
        }, pauses::add);
        users.createFirstAdministrator("admin", PASSWORD);
    }

    @Test
    void repeatedWrongPasswordsSlowDownThenLockEvenTheRightOneUntilTheLockExpires() throws Exception {
        for (int i = 0; i < LoginThrottle.LOCK_AFTER; i++) {
            AuthenticationException wrong = assertThrows(AuthenticationException.class,
                    () -> authenticator.login("admin", "неправильный".toCharArray(), "10.1.1.1"));
            assertEquals(Reason.INVALID_CREDENTIALS, wrong.reason());
        }
        assertEquals(LoginThrottle.LOCK_AFTER - LoginThrottle.FREE_ATTEMPTS, pauses.size(), pauses.toString());
        for (int i = 1; i < pauses.size(); i++) {
            assertTrue(pauses.get(i).compareTo(pauses.get(i - 1)) >= 0, pauses.toString());
        }

        AuthenticationException locked = assertThrows(AuthenticationException.class,
                () -> authenticator.login("admin", PASSWORD.clone(), "10.2.2.2"));
        assertEquals(Reason.LOCKED_OUT, locked.reason());

        now = now.plus(LoginThrottle.LOCK_DURATION).plusSeconds(1);
        Caller admin = authenticator.login("admin", PASSWORD.clone(), "10.2.2.2");
        assertEquals("admin", admin.username());
    }

    @Test
    void everyAttemptIsAudited() throws Exception {
        assertThrows(AuthenticationException.class,
                () -> authenticator.login("admin", "неправильный".toCharArray(), "10.1.1.1"));
        authenticator.login("admin", PASSWORD.clone(), "10.1.1.1");
        List<String> actions = audit.find(Caller.SYSTEM, AuditQuery.newest(10)).stream()
                .map(AuditEvent::action).toList();
        assertEquals(List.of("LOGIN_SUCCEEDED", "LOGIN_FAILED"), actions.subList(0, 2));
        assertTrue(audit.verify().intact());
    }
}
