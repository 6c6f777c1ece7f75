package org.socialdesk.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.audit.AuditVerification;

@Command(scope = "socialdesk", name = "audit-verify",
        description = "Walks the audit log's hash chain and fails at the first altered, inserted or deleted entry")
@Service
public class AuditVerifyCommand implements Action {

    @Reference
    private AuditLog audit;

    @Override
    public Object execute() {
        AuditVerification verification = audit.verify();
        if (!verification.intact()) {
            // thrown, so that the console and bin/socialdesk-console exit with an error
            throw new IllegalStateException("audit log broken at entry " + verification.firstBadEntry() + ": "
                    + verification.problem() + " (" + verification.entries() + " entries before it verified)");
        }
        System.out.println("OK: " + verification.entries() + " entries verified");
        return null;
    }
}
