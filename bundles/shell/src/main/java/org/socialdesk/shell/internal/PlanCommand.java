package org.socialdesk.shell.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "plan", description = "Lists the content plan items of an ISO week")
@Service
public class PlanCommand implements Action {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE dd.MM HH:mm", Locale.ENGLISH);
    private static final int FIRST_WORDS = 60;

    @Reference
    private ContentPlanService plan;

    @Reference
    private OrganisationService organisations;

    @Option(name = "--org", description = "Only the items of this organisation id (times in its zone)")
    private Long organisation;

    @Option(name = "--week", description = "ISO week, e.g. 2026-W48; the current week by default")
    private String week;

    @Override
    public Object execute() {
        // the Karaf console is reserved to Karaf administrators, who act as the system
        ZoneId zone = zone(organisations, organisation);
        IsoWeek chosen = week(week, zone);
        List<PlanItem> items = plan.list(Caller.SYSTEM, PlanQuery.between(organisation, chosen.start(zone),
                chosen.end(zone)));
        ShellTable table = new ShellTable();
        table.column("Time");
        table.column("Id");
        table.column("Org");
        table.column("Kind");
        table.column("State");
        table.column("Accounts");
        table.column("Text");
        for (PlanItem item : items) {
            table.addRow().addContent(TIME.format(item.plannedAt().atZone(zone)), item.id(), item.organisationId(),
                    item.kind(), item.state(), item.targets().stream().map(t -> Long.toString(t.accountId()))
                            .collect(Collectors.joining(",")), firstWords(item.text()));
        }
        table.print(System.out);
        System.out.println(items.size() + " items in " + chosen + " (" + zone + ")");
        return null;
    }

    /** The organisation's zone, or the region's when all organisations are listed. */
    static ZoneId zone(OrganisationService organisations, Long organisation) {
        return organisation == null ? Organisation.ALTAI
                : organisations.find(Caller.SYSTEM, organisation).timeZone();
    }

    /** Parses {@code 2026-W48}; {@code null} is the current week in the zone. */
    static IsoWeek week(String text, ZoneId zone) {
        if (text == null) {
            return IsoWeek.of(LocalDate.now(zone));
        }
        Matcher matcher = WEEK.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("A week is written like 2026-W48, not " + text);
        }
        IsoWeek week = new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        if (week.week() < 1 || week.week() > 53 || !IsoWeek.of(week.monday()).equals(week)) {
            throw new IllegalArgumentException(text + " is not a week of " + week.year());
        }
        return week;
    }

    private static String firstWords(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        if (line.length() <= FIRST_WORDS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', FIRST_WORDS);
        return line.substring(0, cut > 0 ? cut : FIRST_WORDS) + "…";
    }
}
