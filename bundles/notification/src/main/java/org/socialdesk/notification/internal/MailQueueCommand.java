package org.socialdesk.notification.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.socialdesk.persistence.entity.MailOutboxEntity;

@Command(scope = "socialdesk", name = "mail-queue",
        description = "Counts the queued mails by state and lists those that failed or were given up, newest first")
@Service
public class MailQueueCommand implements Action {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    @Reference
    private MailQueue queue;

    @Option(name = "--limit", description = "How many failed mails to list (default 20)")
    private int limit = 20;

    public MailQueueCommand() {
    }

    MailQueueCommand(MailQueue queue, int limit) {
        this.queue = queue;
        this.limit = limit;
    }

    @Override
    public Object execute() {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1");
        }
        Map<MailOutboxEntity.State, Long> counts = queue.counts();
        System.out.println(List.of(MailOutboxEntity.State.values()).stream()
                .map(state -> state.name().toLowerCase() + " " + counts.getOrDefault(state, 0L))
                .collect(Collectors.joining(", ")));
        for (MailQueue.Trouble mail : queue.troubles(limit)) {
            String next = mail.state() == MailOutboxEntity.State.PENDING
                    ? ", next try " + TIME.format(mail.nextAttempt()) : "";
            System.out.println("#" + mail.id() + " " + mail.state().name().toLowerCase() + " after "
                    + mail.attempts() + " attempt(s)" + next + ": " + mail.recipient() + " — " + mail.subject());
            System.out.println("    " + (mail.lastError() == null ? "" : mail.lastError()));
        }
        return null;
    }
}
