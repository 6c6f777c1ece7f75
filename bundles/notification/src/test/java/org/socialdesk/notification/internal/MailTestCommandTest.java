package org.socialdesk.notification.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailTestCommandTest {

    @TempDir
    Path data;

    private MailFixture fixture;

    @BeforeEach
    void start() {
        fixture = new MailFixture(data);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void printsTheServersAnswer() {
        fixture.startSmtp();
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            new MailTestCommand(fixture.node(), MailFixture.IVANOVA).execute();
        } finally {
            System.setOut(console);
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).startsWith("Sent. The SMTP server answered: 250"),
                printed.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(MailFixture.IVANOVA), MailFixture.recipients(fixture.received().get(0)));
        assertEquals("SocialDesk: проверка почты", MailFixture.subject(fixture.received().get(0)));
    }

    @Test
    void saysWhyNothingWasSent() {
        assertEquals("Test mail not sent: E-mail is off: set smtpHost and fromAddress in "
                + "etc/org.socialdesk.notification.cfg", failure(fixture.settings("", MailSettings.Security.NONE)));
        assertTrue(failure(fixture.settings()).startsWith("Test mail not sent: Cannot connect to 127.0.0.1:"
                + fixture.port));
        fixture.startSmtp();
        String noTls = failure(fixture.settings("127.0.0.1", MailSettings.Security.STARTTLS));
        assertTrue(noTls.contains("STARTTLS"), noTls);
    }

    private String failure(MailSettings settings) {
        return assertThrows(IllegalStateException.class,
                () -> new MailTestCommand(fixture.node(settings), MailFixture.IVANOVA).execute()).getMessage();
    }
}
