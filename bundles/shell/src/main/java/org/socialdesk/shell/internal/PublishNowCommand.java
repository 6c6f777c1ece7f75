package org.socialdesk.shell.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanTarget;
import org.socialdesk.core.contentplan.TargetState;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "publish-now",
        description = "Publishes a scheduled plan item now and waits until its posts are out or need a person")
@Service
public class PublishNowCommand implements Action {

    /** States the publishing engine does not move a target out of by itself. */
    private static final Set<TargetState> SETTLED = EnumSet.of(TargetState.PUBLISHED, TargetState.NEEDS_PERSON,
            TargetState.CANCELLED);
    private static final Duration READ_INTERVAL = Duration.ofMillis(500);

    @Reference
    private ContentPlanService plan;

    @Argument(index = 0, name = "id", required = true, description = "The plan item's id")
    private long id;

    @Option(name = "--wait", description = "How many seconds to wait for the posts")
    private int waitSeconds = 30;

    public PublishNowCommand() {
    }

    PublishNowCommand(ContentPlanService plan, long id, int waitSeconds) {
        this.plan = plan;
        this.id = id;
        this.waitSeconds = waitSeconds;
    }

    @Override
    public Object execute() throws InterruptedException {
        plan.publishNow(Caller.SYSTEM, id);
        // the publishing engine takes the item's rows at its next poll; nothing here calls a network itself
        Instant deadline = Instant.now().plusSeconds(waitSeconds);
        PlanItem item = plan.find(Caller.SYSTEM, id);
        while (!settled(item) && Instant.now().isBefore(deadline)) {
            Thread.sleep(READ_INTERVAL.toMillis());
            item = plan.find(Caller.SYSTEM, id);
        }
        ShellTable targets = new ShellTable();
        targets.column("Account");
        targets.column("State");
        targets.column("Post");
        for (PlanTarget target : item.targets()) {
            targets.addRow().addContent(target.accountId(), target.state(),
                    target.state() == TargetState.PUBLISHED ? target.url() : text(target.failure()));
        }
        targets.print(System.out);
        long published = item.targets().stream().filter(t -> t.state() == TargetState.PUBLISHED).count();
        if (item.targets().isEmpty() || published < item.targets().size()) {
            // thrown, so that the console and bin/socialdesk-console exit with an error
            throw new IllegalStateException("plan item " + id + " is not published: " + published + " of "
                    + item.targets().size() + " posts out" + (settled(item) ? "" : " after " + waitSeconds + " s"));
        }
        return null;
    }

    private static boolean settled(PlanItem item) {
        return item.targets().stream().allMatch(target -> SETTLED.contains(target.state()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
