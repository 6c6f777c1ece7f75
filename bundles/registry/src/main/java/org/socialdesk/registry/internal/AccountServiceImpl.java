package org.socialdesk.registry.internal;

import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.registry.AccountService;
import org.socialdesk.core.security.AccessDeniedException;
import org.socialdesk.core.security.Caller;
import org.socialdesk.persistence.Database;
import org.socialdesk.persistence.entity.AccountEntity;

@Component(service = AccountService.class)
public class AccountServiceImpl implements AccountService {

    private final Database database;

    @Activate
    public AccountServiceImpl(@Reference Database database) {
        this.database = database;
    }

    @Override
    public List<Account> listByOrganisation(Caller caller, long organisationId) {
        if (!Visibility.canSee(caller, organisationId)) {
            throw new AccessDeniedException(caller.username() + " may not see organisation " + organisationId);
        }
        return database.read(em -> em.createNamedQuery("Account.byOrganisation", AccountEntity.class)
                .setParameter("organisationId", organisationId).getResultStream().map(Mapping::account).toList());
    }
}
