package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.recoverydesk.kernel.BadRequestException;
import io.recoverydesk.kernel.BusinessRuleException.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Profiles and absences are checked field by field before anything is stored. */
class ProfileRequestTest {

    static List<String> fields(Runnable call) {
        BadRequestException ex = catchThrowableOfType(BadRequestException.class, call::run);
        assertThat(ex).as("expected a 400").isNotNull();
        return ex.errors().stream().map(FieldProblem::field).toList();
    }

    @Test
    void foldsDuplicateCodesAndKeepsTwoDecimalsOfHours() {
        Profile profile = new ProfileRequest(List.of(" LOAN", "CARD", "LOAN"), List.of("yue", "LEGAL", "yue"), 300,
                new BigDecimal("37.5"))
            .validated();
        assertThat(profile.products()).containsExactly("CARD", "LOAN");
        assertThat(profile.skills()).containsExactly("LEGAL", "yue");
        assertThat(profile.weeklyHours()).isEqualTo("37.50");
        assertThat(new ProfileRequest(null, null, 0, BigDecimal.ZERO).validated().products()).isEmpty();
    }

    @Test
    void namesEveryInvalidField() {
        assertThat(fields(
                () -> new ProfileRequest(List.of("CARD", "中文"), List.of("x".repeat(31)), 5001, new BigDecimal("60.01"))
                    .validated()))
            .containsExactly("products", "skills", "maxOpenCases", "weeklyHours");
        assertThat(fields(() -> new ProfileRequest(List.of(), List.of(), -1, new BigDecimal("10.125")).validated()))
            .containsExactly("maxOpenCases", "weeklyHours");
        assertThat(fields(() -> new ProfileRequest(List.of(""), null, null, null).validated()))
            .containsExactly("products", "maxOpenCases", "weeklyHours");
        List<String> nullCode = new ArrayList<>();
        nullCode.add(null);
        assertThat(fields(() -> new ProfileRequest(nullCode, null, 1, BigDecimal.ONE).validated()))
            .containsExactly("products");
    }

    @Test
    void allowsThirtyCodesAndRefusesThirtyOne() {
        List<String> thirty = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            thirty.add("P" + i);
        }
        assertThat(new ProfileRequest(thirty, null, 5000, new BigDecimal("60.00")).validated().products()).hasSize(30);
        List<String> thirtyOne = new ArrayList<>(thirty);
        thirtyOne.add("P30");
        assertThat(fields(() -> new ProfileRequest(null, thirtyOne, 1, BigDecimal.ONE).validated()))
            .containsExactly("skills");
        // duplicates fold before counting
        List<String> repeated = new ArrayList<>(thirty);
        repeated.addAll(Collections.nCopies(5, "P0"));
        assertThat(new ProfileRequest(repeated, null, 1, BigDecimal.ONE).validated().products()).hasSize(30);
    }

    @Test
    void checksAnAbsencesDaysKindAndNote() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        AbsenceRequest.Checked checked = new AbsenceRequest(day, day.plusDays(365), "SICK", "  流感 ").validated();
        assertThat(checked.kind()).isEqualTo(AbsenceKind.SICK);
        assertThat(checked.note()).isEqualTo("流感");
        assertThat(new AbsenceRequest(day, day, "LEAVE", " ").validated().note()).isNull();
        assertThat(fields(() -> new AbsenceRequest(day, day.minusDays(1), "HOLIDAY", "x".repeat(501)).validated()))
            .containsExactly("lastDay", "kind", "note");
        assertThat(fields(() -> new AbsenceRequest(day, day.plusDays(366), "LEAVE", null).validated()))
            .containsExactly("lastDay");
        assertThat(fields(() -> new AbsenceRequest(null, null, null, null).validated())).containsExactly("firstDay",
                "lastDay", "kind");
    }

    @Test
    void describesOnlyWhatChanged() {
        Profile before = new Profile(new java.util.TreeSet<>(), new java.util.TreeSet<>(List.of("LEGAL")), 400,
                new BigDecimal("40.00"));
        Profile after = new Profile(new java.util.TreeSet<>(List.of("CARD")), new java.util.TreeSet<>(List.of("LEGAL")),
                400, new BigDecimal("20.00"));
        assertThat(after.changesFrom(before)).isEqualTo("products: * -> CARD; weeklyHours: 40.00 -> 20.00");
        assertThat(after.changesFrom(after)).isEqualTo("no change");
    }

}
