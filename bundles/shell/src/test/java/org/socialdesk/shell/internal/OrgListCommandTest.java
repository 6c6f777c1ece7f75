package org.socialdesk.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;

class OrgListCommandTest {

    @Test
    void childrenFollowTheirParentOneLevelDeeper() {
        Organisation government = organisation(1, null, "Правительство");
        Organisation health = organisation(2, 1L, "Минздрав");
        Organisation hospital = organisation(3, 2L, "Больница");
        Organisation orphan = organisation(4, 99L, "Без родителя");
        Map<Organisation, Integer> tree = OrgListCommand.tree(List.of(government, orphan, hospital, health));
        assertEquals(List.of(government, health, hospital, orphan), List.copyOf(tree.keySet()));
        assertEquals(List.of(0, 1, 2, 0), List.copyOf(tree.values()));
    }

    @Test
    void organisationsInALoopAreStillListed() {
        Organisation a = organisation(1, 2L, "А");
        Organisation b = organisation(2, 1L, "Б");
        assertEquals(2, OrgListCommand.tree(List.of(a, b)).size());
    }

    private static Organisation organisation(long id, Long parent, String name) {
        return new Organisation(id, name, name, OrganisationKind.EXECUTIVE_BODY, parent, null, null, null, false);
    }
}
