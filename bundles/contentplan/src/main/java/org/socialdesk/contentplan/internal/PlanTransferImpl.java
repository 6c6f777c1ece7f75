package org.socialdesk.contentplan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.contentplan.calendar.PlanCalendarFeed;
import org.socialdesk.core.contentplan.PlanImportResult;
import org.socialdesk.core.contentplan.PlanItem;
import org.socialdesk.core.contentplan.PlanItemKind;
import org.socialdesk.core.contentplan.PlanQuery;
import org.socialdesk.core.contentplan.PlanRowError;
import org.socialdesk.core.contentplan.PlanTransfer;
import org.socialdesk.core.contentplan.PlanValidationException;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.PlanItemEntity;
import org.socialdesk.spreadsheet.Csv;
import org.socialdesk.spreadsheet.SheetRow;
import org.socialdesk.spreadsheet.Xlsx;

/**
 * An organisation's plan as CSV, Excel and iCalendar files, and imports of new drafts from CSV and Excel: every
 * row, or none when any row is wrong.
 */
@Component(service = PlanTransfer.class, configurationPid = "org.socialdesk.contentplan.transfer")
@Designate(ocd = PlanTransferImpl.Config.class)
public class PlanTransferImpl implements PlanTransfer {

    private static final String SHEET = "Контент-план";

    @ObjectClassDefinition(name = "SocialDesk content plan files")
    public @interface Config {
        @AttributeDefinition(description = "Domain of the calendar events' UIDs, unique to this installation")
        String calendarHost() default "socialdesk.local";
    }

    private final Database database;
    private final PlanDrafts drafts;
    private final String calendarHost;
    private final Clock clock;

    @Activate
    public PlanTransferImpl(@Reference Database database, @Reference AuditTrail audit,
            @Reference ConnectorRegistry connectors, Config config) {
        this(database, audit, connectors, config.calendarHost(), Clock.systemUTC());
    }

    public PlanTransferImpl(Database database, AuditTrail audit, ConnectorRegistry connectors, String calendarHost,
            Clock clock) {
        this.database = database;
        this.drafts = new PlanDrafts(new PlanHistory(audit, clock), new PlanRules(connectors));
        this.calendarHost = calendarHost;
        this.clock = clock;
    }

    @Override
    public byte[] export(Caller caller, long organisationId, Instant from, Instant to, SpreadsheetFormat format) {
        PlanRights.requireRead(caller, organisationId);
        // posts only: a file is read back as posts, and replies belong to the comments they answer
        PlanQuery posts = new PlanQuery(organisationId, null, Set.of(PlanItemKind.POST), null, from, to, null, 0, 0);
        List<List<String>> rows = database.read(em -> PlanSheet.rows(PlanListing.list(em, caller, posts),
                zone(em, organisationId)));
        return format == SpreadsheetFormat.XLSX ? Xlsx.write(SHEET, rows) : Csv.write(rows);
    }

    @Override
    public PlanImportResult check(Caller caller, long organisationId, byte[] file, SpreadsheetFormat format) {
        return store(caller, organisationId, file, format, false);
    }

    @Override
    public PlanImportResult importFile(Caller caller, long organisationId, byte[] file, SpreadsheetFormat format) {
        return store(caller, organisationId, file, format, true);
    }

    @Override
    public String calendar(Caller caller, long organisationId, Instant from, Instant to) {
        PlanRights.requireRead(caller, organisationId);
        return database.read(em -> PlanCalendarFeed.write(organisation(em, organisationId).getName(), calendarHost,
                PlanListing.list(em, caller, PlanQuery.between(organisationId, from, to)), clock.instant()));
    }

    /**
     * Stores the rows as drafts in one transaction, which rolls back when any row is wrong or when the file is only
     * checked: a row is checked by storing it, so that a check finds exactly what an import would.
     */
    private PlanImportResult store(Caller caller, long organisationId, byte[] file, SpreadsheetFormat format,
            boolean keep) {
        PlanRights.requireWrite(caller, organisationId, PlanItemKind.POST);
        List<SheetRow> table = format == SpreadsheetFormat.XLSX ? Xlsx.read(file) : Csv.read(file);
        int rows = (int) Math.max(0, table.stream().filter(row -> !row.blank()).count() - 1);
        List<PlanRowError> errors = new ArrayList<>();
        try {
            List<PlanItem> created = database.write(em -> {
                errors.clear(); // a retried transaction reads the file again
                List<PlanItemEntity> stored = new ArrayList<>();
                for (PlanSheet.Row row : PlanSheet.parse(table, organisationId, zone(em, organisationId), errors)) {
                    try {
                        stored.add(drafts.persist(em, caller, row.item()));
                    } catch (PlanValidationException e) {
                        errors.add(new PlanRowError(row.line(), PlanSheet.column(e.field()), e.getMessage()));
                    }
                }
                if (!errors.isEmpty() || !keep) {
                    throw new ImportRefused();
                }
                return PlanListing.items(em, stored);
            });
            return new PlanImportResult(rows, created, List.of());
        } catch (ImportRefused e) {
            errors.sort(Comparator.comparingInt(PlanRowError::line));
            return new PlanImportResult(rows, List.of(), errors);
        }
    }

    private static OrganisationEntity organisation(EntityManager em, long organisationId) {
        OrganisationEntity organisation = em.find(OrganisationEntity.class, organisationId);
        if (organisation == null) {
            throw new PlanValidationException("organisationId", "Organisation " + organisationId
                    + " does not exist");
        }
        return organisation;
    }

    private static ZoneId zone(EntityManager em, long organisationId) {
        return ZoneId.of(organisation(em, organisationId).getTimeZone());
    }

    /** Rolls an import back, so that nothing of it is stored. */
    private static final class ImportRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ImportRefused() {
            super(null, null, false, false);
        }
    }
}
