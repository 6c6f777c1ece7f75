package org.socialdesk.registry.internal;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.socialdesk.core.model.Account;
import org.socialdesk.core.model.Appearance;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.ResponsiblePerson;
import org.socialdesk.core.model.SecurityChecklist;
import org.socialdesk.persistence.entity.AccountEntity;
import org.socialdesk.persistence.entity.OrganisationEntity;
import org.socialdesk.persistence.entity.OrganisationPersonEntity;

/** Converts stored rows to the API's records, so that no entity leaves the core. */
final class Mapping {

    private Mapping() {
    }

    static Organisation organisation(OrganisationEntity e, List<OrganisationPersonEntity> persons) {
        return new Organisation(e.getId(), e.getName(), e.getShortName(), e.getKind(), e.getParentId(),
                e.getWebsite(), e.getRegion(), ZoneId.of(e.getTimeZone()), e.isDemo(), persons.stream()
                        .map(p -> new ResponsiblePerson(p.getName(), p.getPosition(), p.getPhone(), p.getEmail()))
                        .toList());
    }

    static List<OrganisationPersonEntity> persons(Organisation o) {
        List<ResponsiblePerson> persons = o.responsiblePersons();
        return IntStream.range(0, persons.size()).mapToObj(i -> new OrganisationPersonEntity(o.id(), i,
                persons.get(i).name(), persons.get(i).position(), persons.get(i).phone(), persons.get(i).email()))
                .toList();
    }

    static Account account(AccountEntity e) {
        return new Account(e.getId(), e.getOrganisationId(), e.getNetwork(), e.getUrl(), e.getNetworkId(),
                e.getTitle(), e.getState(), e.isDemo(), e.getArchiveReason(), e.getOfficialMark(),
                e.getWeeklyQuotaOverride(), new Appearance(isTrue(e.getDescriptionPresent()),
                        isTrue(e.getAvatarPresent()), isTrue(e.getCoverPresent()), isTrue(e.getWidgetsPresent())),
                PeopleList.split(e.getResponsibleEditors()));
    }

    static SecurityChecklist checklist(AccountEntity e, boolean tokenStored) {
        return new SecurityChecklist(isTrue(e.getTwoFactorConfirmed()), PeopleList.split(e.getAdministrators()),
                e.getAdministratorsReviewedOn(), tokenStored, e.getTokenExpiresOn(), e.getLastCheckedOn());
    }

    static OrganisationEntity entity(Organisation o) {
        OrganisationEntity e = new OrganisationEntity();
        e.setDemo(o.demo());
        copy(o, e);
        return e;
    }

    /** Copies what the organisation form edits; responsible persons are rows of their own. */
    static void copy(Organisation o, OrganisationEntity e) {
        e.setName(o.name());
        e.setShortName(o.shortName());
        e.setKind(o.kind());
        e.setParentId(o.parentId());
        e.setWebsite(o.website());
        e.setRegion(o.region());
        e.setTimeZone(o.timeZone().getId());
    }

    static AccountEntity entity(Account a) {
        AccountEntity e = new AccountEntity();
        e.setDemo(a.demo());
        copy(a, e);
        return e;
    }

    /** Copies what a registry form edits; the demo flag is set once, by the demo data. */
    static void copy(Account a, AccountEntity e) {
        e.setOrganisationId(a.organisationId());
        e.setNetwork(a.network());
        e.setUrl(a.url());
        e.setNetworkId(a.networkId());
        e.setTitle(a.title());
        e.setState(a.state());
        e.setArchiveReason(a.archiveReason());
        e.setOfficialMark(a.officialMark());
        e.setWeeklyQuotaOverride(a.weeklyQuotaOverride());
        e.setDescriptionPresent(a.appearance().description());
        e.setAvatarPresent(a.appearance().avatar());
        e.setCoverPresent(a.appearance().cover());
        e.setWidgetsPresent(a.appearance().widgets());
        e.setResponsibleEditors(PeopleList.join(a.responsibleEditors()));
    }

    static void copy(SecurityChecklist c, AccountEntity e) {
        e.setTwoFactorConfirmed(c.twoFactorConfirmed());
        e.setAdministrators(PeopleList.join(c.administrators()));
        e.setAdministratorsReviewedOn(c.administratorsReviewedOn());
        e.setTokenExpiresOn(c.tokenExpiresOn());
        e.setLastCheckedOn(c.lastCheckedOn());
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }
}
