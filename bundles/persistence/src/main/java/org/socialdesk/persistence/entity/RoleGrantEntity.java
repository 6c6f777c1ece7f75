package org.socialdesk.persistence.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import org.socialdesk.core.security.Role;

/** One role a user holds, for one organisation or (organisation id {@code null}) for all of them. */
@Entity
@Table(name = "SD_ROLE_GRANT")
@NamedQuery(name = "RoleGrant.byUser", query = "SELECT g FROM RoleGrantEntity g WHERE g.username = :username")
public class RoleGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Role role;

    private Long organisationId;

    public RoleGrantEntity() {
    }

    public RoleGrantEntity(String username, Role role, Long organisationId) {
        this.username = username;
        this.role = role;
        this.organisationId = organisationId;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }
}
