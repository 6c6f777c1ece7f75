package org.socialdesk.shell.internal;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.AccountQuery;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.AccountSort;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.registry.RegistryExport;
import org.socialdesk.core.security.Caller;

@Command(scope = "socialdesk", name = "registry-export",
        description = "Exports the registry's accounts as CSV, or as an Excel workbook with --format xlsx --file")
@Service
public class RegistryExportCommand implements Action {

    @Reference
    private AccountService accounts;

    @Reference
    private OrganisationService organisations;

    @Reference
    private RegistryExport export;

    @Option(name = "--file", description = "Write to this file instead of the console")
    private String file;

    @Option(name = "--format", description = "csv (default) or xlsx; a workbook needs --file")
    private String format = "csv";

    @Override
    public Object execute() throws Exception {
        if ("xlsx".equalsIgnoreCase(format)) {
            if (file == null) {
                throw new IllegalArgumentException("An Excel workbook is binary: give --file");
            }
            byte[] workbook = export.export(Caller.SYSTEM, new AccountQuery(null, null, null, null, false, 0, 1,
                    AccountSort.ORGANISATION, false), SpreadsheetFormat.XLSX);
            Files.write(Path.of(file), workbook);
            System.out.println("Exported the registry to " + file);
            return null;
        }
        if (!"csv".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("Unknown format " + format + ": use csv or xlsx");
        }
        if (file == null) {
            Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
            RegistryCsvExport.write(Caller.SYSTEM, organisations, accounts, out);
            return null;
        }
        try (Writer out = Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8)) {
            int count = RegistryCsvExport.write(Caller.SYSTEM, organisations, accounts, out);
            System.out.println("Exported " + count + " accounts to " + file);
        }
        return null;
    }
}
