package org.socialdesk.core.security;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Users and their roles; every method is for administrators only and is audited. */
public interface UserService {

    List<UserAccount> list(Caller caller);

    /** Creates a user; the user name must be new and the password long enough. */
    UserAccount create(Caller caller, String username, String displayName, char[] password);

    void setBlocked(Caller caller, String username, boolean blocked);

    void resetPassword(Caller caller, String username, char[] newPassword);

    /** Replaces the user's roles; an empty set of organisations grants the role for all organisations. */
    void setRoles(Caller caller, String username, Map<Role, Set<Long>> roles);
}
