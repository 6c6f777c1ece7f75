package org.socialdesk.persistence.entity;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/**
 * A responsible person of an organisation. An organisation's list is replaced as a whole when it changes, so the
 * rows are never updated; {@code rank} keeps the order the press office gave.
 */
@Entity
@Table(name = "SD_ORGANISATION_PERSON", indexes = @Index(name = "SD_ORGANISATION_PERSON_ORG",
        columnList = "ORGANISATION_ID"))
@NamedQuery(name = "OrganisationPerson.byOrganisation", query = "SELECT p FROM OrganisationPersonEntity p"
        + " WHERE p.organisationId = :organisationId ORDER BY p.rank")
@NamedQuery(name = "OrganisationPerson.all", query = "SELECT p FROM OrganisationPersonEntity p"
        + " ORDER BY p.organisationId, p.rank")
public class OrganisationPersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Column(name = "PERSON_RANK", nullable = false)
    private int rank;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String position;

    @Column(length = 40)
    private String phone;

    @Column(length = 254)
    private String email;

    protected OrganisationPersonEntity() {
    }

    public OrganisationPersonEntity(long organisationId, int rank, String name, String position, String phone,
            String email) {
        this.organisationId = organisationId;
        this.rank = rank;
        this.name = name;
        this.position = position;
        this.phone = phone;
        this.email = email;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public String getPosition() {
        return position;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
