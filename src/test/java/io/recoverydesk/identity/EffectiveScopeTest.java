package io.recoverydesk.identity;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EffectiveScopeTest {

    @Test
    void tenantWideRolesSeeTheirListOrEverything() {
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.MANAGER), Set.of(), Set.of(), false)).isNull();
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.ANALYST), Set.of("C1"), Set.of(), false))
            .containsExactly("C1");
    }

    @Test
    void agentsAndTeamLeadsSeeWhatTheirTeamServesNarrowedByTheirOwnList() {
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.AGENT), Set.of(), Set.of("C1", "C2"), true))
            .containsExactlyInAnyOrder("C1", "C2");
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.TEAM_LEAD), Set.of("C2", "C3"), Set.of("C1", "C2"), true))
            .containsExactly("C2");
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.AGENT), Set.of("C1"), Set.of(), false)).isEmpty();
    }

    @Test
    void aCreditorViewerSeesOnlyTheirCreditor() {
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.CREDITOR_VIEWER), Set.of("C9"), Set.of(), false))
            .containsExactly("C9");
        assertThat(CurrentUser.effectiveScope(EnumSet.of(Role.CREDITOR_VIEWER), Set.of(), Set.of(), false)).isEmpty();
    }

}
