package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RegistryCsvExportTest {

    @Test
    void quotesWhatWouldBreakARowOrRunAsAFormula() {
        assertEquals("Минздрав", RegistryCsvExport.quoted("Минздрав"));
        assertEquals("\"Минздрав, края\"", RegistryCsvExport.quoted("Минздрав, края"));
        assertEquals("\"say \"\"hi\"\"\"", RegistryCsvExport.quoted("say \"hi\""));
        assertEquals("\"'=HYPERLINK(1)\"", RegistryCsvExport.quoted("=HYPERLINK(1)"));
    }
}
