package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.registry.RegistryValidationException;

class RegistryImportDialogTest {

    @Test
    void anXlsxNameIsAWorkbookAndAnythingElseCsv() {
        assertEquals(SpreadsheetFormat.XLSX, RegistryImportDialog.formatOf("Реестр.XLSX"));
        assertEquals(SpreadsheetFormat.CSV, RegistryImportDialog.formatOf("реестр.csv"));
        assertEquals(SpreadsheetFormat.CSV, RegistryImportDialog.formatOf("реестр.txt"));
    }

    @Test
    void theImportsReasonsHaveRussianWords() {
        assertEquals("import.error.duplicate-in-file", RegistryErrors.key(new RegistryValidationException("url",
                "The same URL is already on line 2 of the file")));
        assertEquals("import.error.organisation-name", RegistryErrors.key(new RegistryValidationException(
                "organisation", "No organisation named \"Минтайн\" exists")));
        assertEquals("org.error.phone", RegistryErrors.key(new RegistryValidationException(
                "responsiblePersons.0.phone", "Phone number must have 5 to 15 digits and only + ( ) - or spaces")));
        assertEquals("org.error.person-name", RegistryErrors.key(new RegistryValidationException(
                "responsiblePersons.0.name", "Responsible person's name is required")));
    }
}
