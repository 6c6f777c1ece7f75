package org.socialdesk.registry.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.RegistryExport;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.spreadsheet.Csv;
import org.socialdesk.spreadsheet.Xlsx;

/** Exports through the grid's own listing, with its filters and order, so that the file holds what the grid shows. */
@Component(service = RegistryExport.class)
public class RegistryExportImpl implements RegistryExport {

    private static final String SHEET = "Реестр аккаунтов";

    private final Database database;
    private final AccountListing listing;

    @Activate
    public RegistryExportImpl(@Reference Database database) {
        this(database, Clock.system(Organisation.ALTAI));
    }

    public RegistryExportImpl(Database database, Clock clock) {
        this.database = database;
        this.listing = new AccountListing(new OverdueRules(clock));
    }

    @Override
    public byte[] export(Caller caller, AccountQuery filter, SpreadsheetFormat format) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(RegistryColumns.HEADER);
        database.read(em -> {
            Map<Long, String> names = em.createNamedQuery("Organisation.all", OrganisationEntity.class)
                    .getResultStream()
                    .collect(Collectors.toMap(OrganisationEntity::getId, OrganisationEntity::getName));
            for (Account account : listing.all(em, caller, filter)) {
                rows.add(RegistryColumns.row(account, names.get(account.organisationId())));
            }
            return null;
        });
        return switch (format) {
            case CSV -> Csv.write(rows);
            case XLSX -> Xlsx.write(SHEET, rows);
        };
    }
}
