package org.socialdesk.shell.internal;

import java.time.ZoneId;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.socialdesk.core.contentplan.AccountQuota;
import org.socialdesk.core.contentplan.IsoWeek;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.contentplan.QuotaStatus;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "quota", description = "Shows the weekly publication quotas of active accounts")
@Service
public class QuotaCommand implements Action {

    @Reference
    private QuotaService quotas;

    @Reference
    private OrganisationService organisations;

    @Option(name = "--org", description = "Only the accounts of this organisation id")
    private Long organisation;

    @Option(name = "--week", description = "ISO week, e.g. 2026-W48; the current week by default")
    private String week;

    @Override
    public Object execute() {
        // the Karaf console is reserved to Karaf administrators, who act as the system
        ZoneId zone = PlanCommand.zone(organisations, organisation);
        IsoWeek chosen = PlanCommand.week(week, zone);
        List<AccountQuota> table = quotas.week(Caller.SYSTEM, organisation, chosen);
        ShellTable shell = new ShellTable();
        shell.column("Account");
        shell.column("Org");
        shell.column("Title");
        shell.column("Network");
        shell.column("Required");
        shell.column("Published");
        shell.column("Planned");
        shell.column("Status");
        for (AccountQuota q : table) {
            shell.addRow().addContent(q.accountId(), q.organisationId(), q.accountTitle(), q.network(), q.required(),
                    q.published(), q.planned(), q.status());
        }
        shell.print(System.out);
        long atRisk = table.stream().filter(q -> q.status() == QuotaStatus.AT_RISK).count();
        System.out.println(table.size() + " accounts in " + chosen + ", " + atRisk + " at risk");
        return null;
    }
}
