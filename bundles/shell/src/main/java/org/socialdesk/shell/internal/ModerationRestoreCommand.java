package org.socialdesk.shell.internal;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.moderation.ActionOutcome;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "moderation-restore",
        description = "Reverses deletions SocialDesk made (automatic or by a person) where the network can restore")
@Service
public class ModerationRestoreCommand implements Action {

    @Reference
    private ModerationQueue queue;

    @Argument(index = 0, name = "ids", required = true, multiValued = true,
            description = "The comments' ids in the moderation queue")
    private List<Long> ids;

    public ModerationRestoreCommand() {
    }

    ModerationRestoreCommand(ModerationQueue queue, List<Long> ids) {
        this.queue = queue;
        this.ids = ids;
    }

    @Override
    public Object execute() {
        // the Karaf console is reserved to Karaf administrators, who act as the system
        List<ActionOutcome> outcomes = queue.restore(Caller.SYSTEM, ids);
        ShellTable table = new ShellTable();
        table.column("Comment");
        table.column("Result");
        table.column("Message");
        for (ActionOutcome outcome : outcomes) {
            table.addRow().addContent(outcome.commentId(), outcome.result(), outcome.message());
        }
        table.print(System.out);
        long failed = outcomes.stream().filter(o -> o.result() != ActionOutcome.Result.DONE).count();
        if (failed > 0) {
            // thrown, so that the console and bin/socialdesk-console exit with an error
            throw new IllegalStateException(failed + " of " + outcomes.size() + " comments were not restored");
        }
        return null;
    }
}
