package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import io.recoverydesk.kernel.SqlValues;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.team.Roster.Absence;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for agent profiles and absences. */
@Repository
class TeamStore {

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A stored profile; a null open-case limit or weekly hours follows the defaults.
     */
    record StoredProfile(SortedSet<String> products, SortedSet<String> skills, Integer maxOpenCases,
            BigDecimal weeklyHours, String updatedBy, Instant updatedAt) {

        Profile effective(TeamProperties defaults) {
            return new Profile(products, skills, maxOpenCases == null ? defaults.defaultMaxOpenCases() : maxOpenCases,
                    weeklyHours == null ? defaults.fullTimeHours().setScale(2) : weeklyHours);
        }

        boolean defaults() {
            return maxOpenCases == null || weeklyHours == null;
        }

    }

    /** An absence with the agent it belongs to. */
    record AgentAbsence(String username, Absence absence) {
    }

    Map<String, StoredProfile> profiles(TenantId tenant) {
        Map<String, StoredProfile> profiles = new HashMap<>();
        jdbc.sql("select * from agent_profile where tenant_id = ?")
            .param(tenant.value())
            .query((rs, n) -> profiles.put(rs.getString("username"), profile(rs)))
            .list();
        return profiles;
    }

    /**
     * Locks the agent's profile row until the transaction ends, creating it (following
     * the defaults) when there is none yet, so that writers of one agent's profile and
     * absences take turns; answers the stored profile.
     */
    StoredProfile lockProfile(TenantId tenant, String username, String actor, Instant now) {
        try {
            jdbc.sql("""
                    insert into agent_profile (tenant_id, username, products, skills, updated_by, updated_at)
                    values (?, ?, '', '', ?, ?) on conflict do nothing""")
                .params(tenant.value(), username, actor, SqlValues.utc(now))
                .update();
        }
        catch (DuplicateKeyException ex) {
            // a concurrent writer inserted it first: the row exists, which is all we need
        }
        return jdbc.sql("select * from agent_profile where tenant_id = ? and username = ? for update")
            .params(tenant.value(), username)
            .query((rs, n) -> profile(rs))
            .single();
    }

    void updateProfile(TenantId tenant, String username, Profile profile, String actor, Instant now) {
        jdbc.sql("""
                update agent_profile set products = ?, skills = ?, max_open_cases = ?, weekly_hours = ?,
                  updated_by = ?, updated_at = ?
                where tenant_id = ? and username = ?""")
            .params(String.join(",", profile.products()), String.join(",", profile.skills()), profile.maxOpenCases(),
                    profile.weeklyHours(), actor, SqlValues.utc(now), tenant.value(), username)
            .update();
    }

    /** Every absence of the tenant that touches the days {@code from} to {@code to}. */
    List<AgentAbsence> absences(TenantId tenant, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from agent_absence where tenant_id = ? and first_day <= ? and last_day >= ?
                order by username, first_day""")
            .params(tenant.value(), to, from)
            .query((rs, n) -> new AgentAbsence(rs.getString("username"), absence(rs)))
            .list();
    }

    /** The absences by agent, each list in the order given. */
    static Map<String, List<Absence>> byAgent(List<AgentAbsence> absences) {
        return absences.stream()
            .collect(Collectors.groupingBy(AgentAbsence::username,
                    Collectors.mapping(AgentAbsence::absence, Collectors.toList())));
    }

    /** One agent's absences that touch the days {@code from} to {@code to}. */
    List<Absence> absences(TenantId tenant, String username, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select * from agent_absence where tenant_id = ? and username = ? and first_day <= ? and last_day >= ?
                order by first_day""").params(tenant.value(), username, to, from).query((rs, n) -> absence(rs)).list();
    }

    Optional<Absence> absence(TenantId tenant, String username, UUID id) {
        return jdbc.sql("select * from agent_absence where tenant_id = ? and username = ? and id = ?")
            .params(tenant.value(), username, id)
            .query((rs, n) -> absence(rs))
            .optional();
    }

    void insertAbsence(TenantId tenant, String username, Absence absence, String actor, Instant now) {
        jdbc.sql("""
                insert into agent_absence (tenant_id, id, username, first_day, last_day, kind, note, created_by,
                  created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
            .params(tenant.value(), absence.id(), username, absence.firstDay(), absence.lastDay(), absence.kind(),
                    absence.note(), actor, SqlValues.utc(now))
            .update();
    }

    void deleteAbsence(TenantId tenant, UUID id) {
        jdbc.sql("delete from agent_absence where tenant_id = ? and id = ?").params(tenant.value(), id).update();
    }

    private static StoredProfile profile(ResultSet rs) throws SQLException {
        return new StoredProfile(codes(rs.getString("products")), codes(rs.getString("skills")),
                rs.getObject("max_open_cases", Integer.class), rs.getBigDecimal("weekly_hours"),
                rs.getString("updated_by"), SqlValues.instant(rs, "updated_at"));
    }

    private static SortedSet<String> codes(String stored) {
        TreeSet<String> codes = new TreeSet<>();
        Arrays.stream(stored.split(",")).filter(code -> !code.isBlank()).forEach(codes::add);
        return codes;
    }

    private static Absence absence(ResultSet rs) throws SQLException {
        return new Absence(rs.getObject("id", UUID.class), SqlValues.date(rs, "first_day"),
                SqlValues.date(rs, "last_day"), rs.getString("kind"), rs.getString("note"));
    }

}
