package io.recoverydesk.team.internal;

import java.time.LocalDate;
import java.util.List;

import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.team.Roster;

import org.springframework.stereotype.Service;

/** The {@link Roster} from identity's agents and the team's profiles and absences. */
@Service
class DirectoryRoster implements Roster {

    private final TeamDirectory directory;

    private final Schedules schedules;

    DirectoryRoster(TeamDirectory directory, Schedules schedules) {
        this.directory = directory;
        this.schedules = schedules;
    }

    @Override
    public List<AgentSchedule> schedules(TenantId tenant, LocalDate from, LocalDate to) {
        return schedules.of(tenant, directory.agents(tenant), new Period(from, to))
            .stream()
            .map(AgentView::schedule)
            .toList();
    }

}
