package org.socialdesk.ui;

import com.vaadin.flow.server.VaadinService;
import java.util.Optional;
import org.socialdesk.connector.ConnectorRegistry;
import org.socialdesk.core.audit.AuditLog;
import org.socialdesk.core.contentplan.ContentPlanService;
import org.socialdesk.core.contentplan.MediaStore;
import org.socialdesk.core.contentplan.PlanTransfer;
import org.socialdesk.core.contentplan.QuotaReport;
import org.socialdesk.core.contentplan.QuotaService;
import org.socialdesk.core.moderation.ModerationQueue;
import org.socialdesk.core.moderation.OrganisationWordsService;
import org.socialdesk.core.registry.AccountCheck;
import org.socialdesk.core.registry.RegistryPublication;
import org.socialdesk.core.registry.RegistryExport;
import org.socialdesk.core.registry.RegistryImport;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.registry.OrganisationService;
import org.socialdesk.core.security.Authenticator;
import org.socialdesk.core.security.UserService;
import org.socialdesk.core.vault.TokenVault;

/**
 * The platform's services as the views see them. Each may be missing at any moment, because the bundles
 * that provide them can be stopped or updated while users are logged in; views ask again on every use
 * and keep no reference.
 */
public interface PlatformServices {

    Optional<Authenticator> authenticator();

    Optional<OrganisationService> organisations();

    Optional<AccountService> accounts();

    Optional<AccountCheck> accountCheck();

    Optional<RegistryPublication> registryPublication();

    Optional<RegistryImport> registryImport();

    Optional<RegistryExport> registryExport();

    Optional<ConnectorRegistry> connectors();

    Optional<UserService> users();

    Optional<AuditLog> auditLog();

    Optional<TokenVault> tokenVault();

    Optional<ContentPlanService> contentPlan();

    Optional<QuotaService> quotas();

    Optional<PlanTransfer> planTransfer();

    Optional<QuotaReport> quotaReport();

    Optional<MediaStore> mediaStore();

    Optional<ModerationQueue> moderation();

    Optional<OrganisationWordsService> organisationWords();

    /** The services of the running UI servlet; only valid while a Vaadin request or UI access is in progress. */
    static PlatformServices current() {
        VaadinService service = VaadinService.getCurrent();
        PlatformServices services = service == null ? null
                : service.getContext().getAttribute(PlatformServices.class);
        if (services == null) {
            throw new IllegalStateException("Not running inside the SocialDesk UI servlet");
        }
        return services;
    }
}
