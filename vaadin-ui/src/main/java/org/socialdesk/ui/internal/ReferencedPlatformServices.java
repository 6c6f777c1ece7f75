package org.socialdesk.ui.internal;

import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
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
import org.socialdesk.ui.PlatformServices;

/**
 * The platform services from the OSGi registry. Every reference is optional and dynamic: the UI stays up
 * while a service bundle restarts, and its views say "service unavailable" meanwhile.
 */
@Component(service = PlatformServices.class)
public class ReferencedPlatformServices implements PlatformServices {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrganisationService organisations;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccountService accounts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccountCheck accountCheck;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RegistryPublication registryPublication;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RegistryImport registryImport;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RegistryExport registryExport;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectorRegistry connectors;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile UserService users;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog auditLog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TokenVault tokenVault;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContentPlanService contentPlan;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile QuotaService quotas;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PlanTransfer planTransfer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile QuotaReport quotaReport;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile MediaStore mediaStore;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ModerationQueue moderation;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile OrganisationWordsService organisationWords;

    @Override
    public Optional<Authenticator> authenticator() {
        return Optional.ofNullable(authenticator);
    }

    @Override
    public Optional<OrganisationService> organisations() {
        return Optional.ofNullable(organisations);
    }

    @Override
    public Optional<AccountService> accounts() {
        return Optional.ofNullable(accounts);
    }

    @Override
    public Optional<RegistryImport> registryImport() {
        return Optional.ofNullable(registryImport);
    }

    @Override
    public Optional<RegistryExport> registryExport() {
        return Optional.ofNullable(registryExport);
    }

    @Override
    public Optional<AccountCheck> accountCheck() {
        return Optional.ofNullable(accountCheck);
    }

    @Override
    public Optional<RegistryPublication> registryPublication() {
        return Optional.ofNullable(registryPublication);
    }

    @Override
    public Optional<ConnectorRegistry> connectors() {
        return Optional.ofNullable(connectors);
    }

    @Override
    public Optional<UserService> users() {
        return Optional.ofNullable(users);
    }

    @Override
    public Optional<AuditLog> auditLog() {
        return Optional.ofNullable(auditLog);
    }

    @Override
    public Optional<TokenVault> tokenVault() {
        return Optional.ofNullable(tokenVault);
    }

    @Override
    public Optional<ContentPlanService> contentPlan() {
        return Optional.ofNullable(contentPlan);
    }

    @Override
    public Optional<QuotaService> quotas() {
        return Optional.ofNullable(quotas);
    }

    @Override
    public Optional<PlanTransfer> planTransfer() {
        return Optional.ofNullable(planTransfer);
    }

    @Override
    public Optional<QuotaReport> quotaReport() {
        return Optional.ofNullable(quotaReport);
    }

    @Override
    public Optional<MediaStore> mediaStore() {
        return Optional.ofNullable(mediaStore);
    }

    @Override
    public Optional<ModerationQueue> moderation() {
        return Optional.ofNullable(moderation);
    }

    @Override
    public Optional<OrganisationWordsService> organisationWords() {
        return Optional.ofNullable(organisationWords);
    }
}
