package org.socialdesk.ui.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.socialdesk.core.model.Organisation;
import org.socialdesk.core.model.OrganisationKind;

class OrganisationTreeTest {

    private final Organisation government = organisation(1, null);
    private final Organisation health = organisation(2, 1L);
    private final Organisation hospital = organisation(3, 2L);
    private final Organisation culture = organisation(4, 1L);
    private final Organisation visibleWithoutItsParent = organisation(5, 99L);

    @Test
    void childrenHangUnderTheirParentsAndAnUnseenParentMakesARoot() {
        OrganisationTree tree = new OrganisationTree(List.of(government, health, hospital, culture,
                visibleWithoutItsParent));
        assertEquals(List.of(government, visibleWithoutItsParent), tree.roots());
        assertEquals(List.of(health, culture), tree.children(government));
        assertTrue(tree.hasChildren(health));
        assertFalse(tree.hasChildren(hospital));
    }

    @Test
    void anOrganisationCannotGoUnderItselfOrItsDescendants() {
        OrganisationTree tree = new OrganisationTree(List.of(government, health, hospital, culture));
        assertEquals(Set.of(2L, 3L), tree.withDescendants(2L));
        assertEquals(Set.of(), tree.withDescendants(null), "a new organisation may go anywhere");
    }

    private static Organisation organisation(long id, Long parent) {
        return new Organisation(id, "Организация " + id, null, OrganisationKind.EXECUTIVE_BODY, parent, null, null,
                null, false);
    }
}
