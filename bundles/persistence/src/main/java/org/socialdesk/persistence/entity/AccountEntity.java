package org.socialdesk.persistence.entity;

import java.time.LocalDate;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Index;
import javax.persistence.NamedQuery;
import javax.persistence.Table;
import org.socialdesk.core.model.AccountState;
import org.socialdesk.core.model.OfficialMark;

@Entity
/**
 * An account of the registry. Columns added after the first release are nullable, so that the schema grows by
 * {@code create-or-extend-tables} over existing rows; {@code null} reads as "not recorded". Lists of people are
 * kept one name a line, so that a page of 10,000 accounts loads without a query per account.
 */
@Table(name = "SD_ACCOUNT", indexes = {
        // the grid's default order and its pages, without sorting 10,000 rows for each page
        @Index(name = "SD_ACCOUNT_TITLE", columnList = "TITLE,ID"),
        @Index(name = "SD_ACCOUNT_ORGANISATION", columnList = "ORGANISATIONID,TITLE"),
        // the public registry: active accounts in network and address order
        @Index(name = "SD_ACCOUNT_PUBLISHED", columnList = "STATE,NETWORK,URL") })
@NamedQuery(name = "Account.byOrganisation",
        query = "SELECT a FROM AccountEntity a WHERE a.organisationId = :organisationId ORDER BY a.network, a.url")
public class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private long organisationId;

    @Column(nullable = false, length = 60)
    private String network;

    @Column(nullable = false, unique = true, length = 500)
    private String url;

    @Column(length = 200)
    private String networkId;

    @Column(length = 500)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountState state;

    private boolean demo;

    @Column(length = 1000)
    private String archiveReason;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private OfficialMark officialMark;

    private Integer weeklyQuotaOverride;

    private Boolean descriptionPresent;

    private Boolean avatarPresent;

    private Boolean coverPresent;

    private Boolean widgetsPresent;

    @Column(length = 2000)
    private String responsibleEditors;

    private Boolean twoFactorConfirmed;

    @Column(length = 4000)
    private String administrators;

    private LocalDate administratorsReviewedOn;

    private LocalDate tokenExpiresOn;

    private LocalDate lastCheckedOn;

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(long organisationId) {
        this.organisationId = organisationId;
    }

    public String getNetwork() {
        return network;
    }

    public void setNetwork(String network) {
        this.network = network;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getNetworkId() {
        return networkId;
    }

    public void setNetworkId(String networkId) {
        this.networkId = networkId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AccountState getState() {
        return state;
    }

    public void setState(AccountState state) {
        this.state = state;
    }

    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }
    public String getArchiveReason() {
        return archiveReason;
    }

    public void setArchiveReason(String archiveReason) {
        this.archiveReason = archiveReason;
    }

    public OfficialMark getOfficialMark() {
        return officialMark;
    }

    public void setOfficialMark(OfficialMark officialMark) {
        this.officialMark = officialMark;
    }

    public Integer getWeeklyQuotaOverride() {
        return weeklyQuotaOverride;
    }

    public void setWeeklyQuotaOverride(Integer weeklyQuotaOverride) {
        this.weeklyQuotaOverride = weeklyQuotaOverride;
    }

    public Boolean getDescriptionPresent() {
        return descriptionPresent;
    }

    public void setDescriptionPresent(Boolean descriptionPresent) {
        this.descriptionPresent = descriptionPresent;
    }

    public Boolean getAvatarPresent() {
        return avatarPresent;
    }

    public void setAvatarPresent(Boolean avatarPresent) {
        this.avatarPresent = avatarPresent;
    }

    public Boolean getCoverPresent() {
        return coverPresent;
    }

    public void setCoverPresent(Boolean coverPresent) {
        this.coverPresent = coverPresent;
    }

    public Boolean getWidgetsPresent() {
        return widgetsPresent;
    }

    public void setWidgetsPresent(Boolean widgetsPresent) {
        this.widgetsPresent = widgetsPresent;
    }

    public String getResponsibleEditors() {
        return responsibleEditors;
    }

    public void setResponsibleEditors(String responsibleEditors) {
        this.responsibleEditors = responsibleEditors;
    }

    public Boolean getTwoFactorConfirmed() {
        return twoFactorConfirmed;
    }

    public void setTwoFactorConfirmed(Boolean twoFactorConfirmed) {
        this.twoFactorConfirmed = twoFactorConfirmed;
    }

    public String getAdministrators() {
        return administrators;
    }

    public void setAdministrators(String administrators) {
        this.administrators = administrators;
    }

    public LocalDate getAdministratorsReviewedOn() {
        return administratorsReviewedOn;
    }

    public void setAdministratorsReviewedOn(LocalDate administratorsReviewedOn) {
        this.administratorsReviewedOn = administratorsReviewedOn;
    }

    public LocalDate getTokenExpiresOn() {
        return tokenExpiresOn;
    }

    public void setTokenExpiresOn(LocalDate tokenExpiresOn) {
        this.tokenExpiresOn = tokenExpiresOn;
    }

    public LocalDate getLastCheckedOn() {
        return lastCheckedOn;
    }

    public void setLastCheckedOn(LocalDate lastCheckedOn) {
        this.lastCheckedOn = lastCheckedOn;
    }
}
