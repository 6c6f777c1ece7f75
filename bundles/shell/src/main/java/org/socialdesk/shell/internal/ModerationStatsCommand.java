package org.socialdesk.shell.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.ModerationStats;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "moderation-stats",
        description = "Counts the comments read over the last days, by category and by status")
@Service
public class ModerationStatsCommand implements Action {

    @Reference
    private ModerationQueue queue;

    @Option(name = "--org", description = "Only this organisation id")
    private Long organisation;

    @Option(name = "--days", description = "How many days back, counted from now")
    private int days = 7;

    @Override
    public Object execute() {
        if (days < 1) {
            throw new IllegalArgumentException("--days must be at least 1");
        }
        Instant now = Instant.now();
        ModerationStats stats = queue.stats(Caller.SYSTEM, organisation, now.minus(Duration.ofDays(days)), now);
        System.out.println("Comments read in the last " + days + " days: " + stats.ingested());
        ShellTable categories = new ShellTable();
        categories.column("Category");
        categories.column("Comments");
        for (CommentCategory category : CommentCategory.values()) {
            categories.addRow().addContent(category, count(stats.byCategory(), category));
        }
        categories.print(System.out);
        ShellTable statuses = new ShellTable();
        statuses.column("Status");
        statuses.column("Comments");
        for (CommentStatus status : CommentStatus.values()) {
            statuses.addRow().addContent(status, count(stats.byStatus(), status));
        }
        statuses.print(System.out);
        System.out.println("Authors restricted: " + stats.restrictedAuthors());
        System.out.println("Manual tasks open: " + stats.openTasks());
        return null;
    }

    private static <K> long count(Map<K, Long> counts, K key) {
        return counts.getOrDefault(key, 0L);
    }
}
