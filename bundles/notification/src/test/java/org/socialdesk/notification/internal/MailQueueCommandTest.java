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

class MailQueueCommandTest {

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
    void countsTheQueueAndListsWhatDidNotGoOutNewestFirst() {
        fixture.startSmtp();
        queue("test:1", "ivanova@@example", "Первое");
        queue("test:2", MailFixture.IVANOVA, "Второе");
        fixture.node().deliver();
        fixture.stopSmtp();
        queue("test:3", MailFixture.IVANOVA, "Третье");
        fixture.node().deliver();
        queue("test:4", MailFixture.IVANOVA, "Четвёртое");

        List<String> lines = printed(new MailQueueCommand(fixture.node(), 20)).lines().toList();

        assertEquals("pending 2, sent 1, rejected 1, expired 0", lines.get(0));
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).matches("#\\d+ pending after 1 attempt\\(s\\), next try [-0-9 :]+: "
                + MailFixture.IVANOVA + " — Третье"), lines.get(1));
        assertTrue(lines.get(2).startsWith("    Cannot connect to 127.0.0.1:" + fixture.port), lines.get(2));
        assertTrue(lines.get(3).matches("#\\d+ rejected after \\d attempt\\(s\\): ivanova@@example — Первое"),
                lines.get(3));
        assertTrue(lines.get(4).startsWith("    The address is malformed"), lines.get(4));

        assertEquals(3, printed(new MailQueueCommand(fixture.node(), 1)).lines().count(), "the limit holds");
        assertThrows(IllegalArgumentException.class, () -> new MailQueueCommand(fixture.node(), 0).execute());
    }

    private void queue(String key, String recipient, String subject) {
        fixture.database.write(em -> MailOutbox.queue(em, key, recipient, new Letter(subject, "Текст"),
                fixture.clock.instant(), null));
    }

    private static String printed(MailQueueCommand command) {
        PrintStream console = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } finally {
            System.setOut(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
