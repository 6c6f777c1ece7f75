package org.socialdesk.registry.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.audit.AuditEvent;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.ImportProblem;
import org.socialdesk.core.registry.ImportReport;
import org.socialdesk.core.registry.RegistryImport;
import org.socialdesk.core.registry.RegistryValidationException;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.core.security.Role;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.audit.AuditTrail;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.spreadsheet.Csv;
import org.socialdesk.spreadsheet.SheetRow;
import org.socialdesk.spreadsheet.Xlsx;

/**
 * Checks every row against the registry inside one transaction and stores the accepted ones in the same one, so
 * that no other change can slip between the check and the import, and a failure leaves nothing half-imported.
 */
@Component(service = RegistryImport.class)
public class RegistryImportImpl implements RegistryImport {

    private final Database database;
    private final AuditTrail audit;
    private final AccountHistory history;

    @Activate
    public RegistryImportImpl(@Reference Database database, @Reference AuditTrail audit) {
        this.database = database;
        this.audit = audit;
        this.history = new AccountHistory(audit);
    }

    @Override
    public ImportReport check(Caller caller, byte[] file, SpreadsheetFormat format) {
        requireEditor(caller);
        List<SheetRow> rows = rows(file, format);
        return database.read(em -> {
            Checked checked = check(em, caller, rows);
            return new ImportReport(checked.rows, checked.problems, 0);
        });
    }

    @Override
    public ImportReport apply(Caller caller, byte[] file, SpreadsheetFormat format, boolean onlyGoodRows) {
        requireEditor(caller);
        List<SheetRow> rows = rows(file, format);
        return database.write(em -> {
            Checked checked = check(em, caller, rows);
            boolean refused = !checked.problems.isEmpty() && (!onlyGoodRows || checked.headerBroken);
            if (refused || checked.accepted.isEmpty()) {
                return new ImportReport(checked.rows, checked.problems, 0);
            }
            for (Account account : checked.accepted) {
                AccountEntity entity = Mapping.entity(account);
                Map<String, String> before = AccountFields.of(new AccountEntity());
                em.persist(entity);
                history.record(em, caller, "ACCOUNT_IMPORTED", before, entity);
            }
            audit.append(em, AuditEvent.of(caller.username(), null, "REGISTRY_IMPORTED", "Registry", null,
                    summary(format, checked)));
            return new ImportReport(checked.rows, checked.problems, checked.accepted.size());
        });
    }

    /** Rows read, bad rows' problems, and the good rows as the registry will store them. */
    private record Checked(int rows, List<ImportProblem> problems, List<Account> accepted, boolean headerBroken) {
    }

    private static Checked check(EntityManager em, Caller caller, List<SheetRow> file) {
        OrganisationNames names = new OrganisationNames(em.createNamedQuery("Organisation.all",
                OrganisationEntity.class).getResultList());
        ImportRows rows = new ImportRows(file, names);
        List<ImportProblem> problems = new ArrayList<>(rows.headerProblems());
        if (!problems.isEmpty()) {
            return new Checked(0, problems, List.of(), true);
        }
        List<ImportRows.Parsed> parsed = rows.rows();
        List<Account> accepted = new ArrayList<>();
        Map<String, Integer> lineOfUrl = new HashMap<>();
        for (ImportRows.Parsed row : parsed) {
            if (!row.problems().isEmpty()) {
                problems.addAll(row.problems());
                continue;
            }
            Account account = row.account();
            if (!EditRights.mayChangeAccountsOf(caller, account.organisationId())) {
                problems.add(new ImportProblem(row.line(), RegistryColumns.ORGANISATION, caller.username()
                        + " may not change the accounts of organisation " + account.organisationId()));
                continue;
            }
            if (account.state() == AccountState.ARCHIVED) {
                problems.add(new ImportProblem(row.line(), RegistryColumns.STATE,
                        "A new account cannot be archived"));
                continue;
            }
            Integer earlier = account.url().isBlank() ? null
                    : lineOfUrl.putIfAbsent(NetworkAddress.key(account.url()), row.line());
            if (earlier != null) {
                problems.add(new ImportProblem(row.line(), RegistryColumns.URL,
                        "The same URL is already on line " + earlier + " of the file"));
                continue;
            }
            try {
                accepted.add(AccountRules.accepted(em, account, null));
            } catch (RegistryValidationException e) {
                problems.add(new ImportProblem(row.line(), RegistryColumns.ofField(e.field()), e.getMessage()));
            }
        }
        return new Checked(parsed.size(), problems, accepted, false);
    }

    /** Anyone who may change some accounts may try; each row is then checked against its organisation. */
    private static void requireEditor(Caller caller) {
        if (!caller.has(Role.ADMINISTRATOR) && !caller.has(Role.PRESS_OFFICE) && !caller.has(Role.EDITOR)) {
            throw new AccessDeniedException(caller.username() + " may not import accounts");
        }
    }

    private static List<SheetRow> rows(byte[] file, SpreadsheetFormat format) {
        return switch (format) {
            case CSV -> Csv.read(file);
            case XLSX -> Xlsx.read(file);
        };
    }

    private static String summary(SpreadsheetFormat format, Checked checked) {
        String summary = "imported " + checked.accepted.size() + " of " + checked.rows + " rows from " + format;
        if (checked.problems.isEmpty()) {
            return summary;
        }
        return summary + "; skipped bad lines " + checked.problems.stream().map(ImportProblem::line).distinct()
                .map(String::valueOf).collect(Collectors.joining(", "));
    }
}
