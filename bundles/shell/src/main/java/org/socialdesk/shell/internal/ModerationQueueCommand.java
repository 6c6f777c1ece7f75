package org.socialdesk.shell.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.moderation.CommentCategory;
import org.socialdesk.core.moderation.CommentStatus;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.QueueQuery;
import org.socialdesk.core.moderation.QueuedComment;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "moderation-queue",
        description = "Lists the comments waiting for a moderator, newest first")
@Service
public class ModerationQueueCommand implements Action {

    /** Long comments are cut in the table: the console shows which, the UI shows them whole. */
    private static final int TEXT_SHOWN = 60;

    @Reference
    private ModerationQueue queue;

    @Option(name = "--org", description = "Only the comments of this organisation id")
    private Long organisation;

    @Option(name = "--category",
            description = "Only these categories, comma-separated: OBSCENE, INSULT, SPAM, POSSIBLY_ILLEGAL, CLEAN")
    private String categories;

    @Option(name = "--limit", description = "At most this many comments")
    private int limit = 50;

    @Override
    public Object execute() {
        Set<CommentCategory> wanted = categories == null ? QueueQuery.open(null, 0).categories()
                : parse(categories);
        QueueQuery query = new QueueQuery(organisation, null, wanted, Set.of(CommentStatus.NEW), 0, 0, limit);
        // the Karaf console is reserved to Karaf administrators, who act as the system
        List<QueuedComment> comments = queue.list(Caller.SYSTEM, query);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Org");
        table.column("Network");
        table.column("Written");
        table.column("Category");
        table.column("Confidence");
        table.column("Author");
        table.column("Text");
        for (QueuedComment c : comments) {
            table.addRow().addContent(c.id(), c.organisationId(), c.network(), c.createdAt(), c.category(),
                    String.format(Locale.ROOT, "%.2f", c.confidence()), c.authorName(), shortened(c.text()));
        }
        table.print(System.out);
        System.out.println(comments.size() + " of " + queue.count(Caller.SYSTEM, query) + " comments waiting");
        return null;
    }

    static Set<CommentCategory> parse(String categories) {
        try {
            return Arrays.stream(categories.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> CommentCategory.valueOf(s.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(CommentCategory.class)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown category in '" + categories + "'; use "
                    + Arrays.toString(CommentCategory.values()), e);
        }
    }

    private static String shortened(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= TEXT_SHOWN ? line : line.substring(0, TEXT_SHOWN - 1) + "…";
    }
}
