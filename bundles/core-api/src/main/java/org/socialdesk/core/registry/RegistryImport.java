package org.socialdesk.core.registry;

import org.socialdesk.core.model.SpreadsheetFormat;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;

/**
 * Adds accounts to the registry from a file in the columns {@link RegistryExport} writes ({@code id} is ignored:
 * every row is a new account). A row must pass the same checks as the account form, and its URL may appear only
 * once in the file and not yet in the registry. The caller must be allowed to change the accounts of every
 * organisation the rows name; a row of another organisation is a bad row.
 *
 * @throws IllegalArgumentException when the file cannot be read as the format at all (nothing is written)
 * @throws AccessDeniedException    when the caller may not change any accounts
 */
public interface RegistryImport {

    /** Checks every row of the file without storing anything. */
    ImportReport check(Caller caller, byte[] file, SpreadsheetFormat format);

    /**
     * Imports the file in one transaction, each account audited and versioned as if created by a form. When a
     * row is bad nothing is imported, unless {@code onlyGoodRows} is the user's explicit choice to import the
     * others and skip the bad ones.
     */
    ImportReport apply(Caller caller, byte[] file, SpreadsheetFormat format, boolean onlyGoodRows);
}
