package org.socialdesk.shell.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.socialdesk.core.moderation.OrganisationWords;
import org.socialdesk.core.moderation.OrganisationWordsService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "moderation-words",
        description = "Shows an organisation's own banned and allowed words for the comment classifier, "
                + "and adds or removes entries")
@Service
public class ModerationWordsCommand implements Action {

    @Reference
    private OrganisationWordsService words;

    @Argument(index = 0, name = "org", required = true, description = "The organisation's id")
    private long organisation;

    @Option(name = "--ban", multiValued = true, description = "Adds a banned word or phrase (flagged as an insult)")
    private List<String> ban;

    @Option(name = "--allow", multiValued = true, description = "Adds an allowed word (never flagged)")
    private List<String> allow;

    @Option(name = "--remove", multiValued = true, description = "Removes the entry from both lists")
    private List<String> remove;

    public ModerationWordsCommand() {
    }

    ModerationWordsCommand(OrganisationWordsService words, long organisation, List<String> ban, List<String> allow,
            List<String> remove) {
        this.words = words;
        this.organisation = organisation;
        this.ban = ban;
        this.allow = allow;
        this.remove = remove;
    }

    /** @throws org.socialdesk.core.moderation.WordListException when an entry is wrong; nothing is saved then */
    @Override
    public Object execute() {
        // the Karaf console is reserved to Karaf administrators, who act as the system
        OrganisationWords current = words.find(Caller.SYSTEM, organisation);
        if (ban != null || allow != null || remove != null) {
            current = words.save(Caller.SYSTEM, new OrganisationWords(organisation, current.version(),
                    changed(current.banned(), ban), changed(current.allowed(), allow), null, null));
        }
        print("Banned", current.banned());
        print("Allowed", current.allowed());
        System.out.println(current.savedAt() == null ? "Never saved"
                : "Version " + current.version() + ", saved " + current.savedAt() + " by " + current.savedBy());
        return null;
    }

    private List<String> changed(List<String> entries, List<String> added) {
        List<String> result = new ArrayList<>(entries);
        if (remove != null) {
            result.removeAll(remove);
        }
        if (added != null) {
            added.stream().filter(entry -> !result.contains(entry)).forEach(result::add);
        }
        return result;
    }

    private static void print(String title, List<String> entries) {
        System.out.println(title + " (" + entries.size() + "):");
        entries.forEach(entry -> System.out.println("  " + entry));
    }
}
