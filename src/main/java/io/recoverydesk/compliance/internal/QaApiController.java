package io.recoverydesk.compliance.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** QA over HTTP: scorecard, settings, sampling, queue, reviews and scores. */
@RestController
class QaApiController {

    private final QaDesk desk;

    private final QaScorecards scorecards;

    private final QaSampler sampler;

    private final QaScores scores;

    private final CurrentUsers currentUsers;

    QaApiController(QaDesk desk, QaScorecards scorecards, QaSampler sampler, QaScores scores,
            CurrentUsers currentUsers) {
        this.desk = desk;
        this.scorecards = scorecards;
        this.sampler = sampler;
        this.scores = scores;
        this.currentUsers = currentUsers;
    }

    record CriterionBody(String code, String label, int weight) {
    }

    record ScorecardBody(@NotNull List<CriterionBody> criteria) {
    }

    record ScorecardView(UUID id, int version, int maxScore, List<QaScoring.Criterion> criteria, String createdBy,
            java.time.Instant createdAt) {

        static ScorecardView of(QaScorecardStore.Scorecard s) {
            return new ScorecardView(s.id(), s.version(), QaScoring.MAX, s.criteria(), s.createdBy(), s.createdAt());
        }

    }

    record SettingsBody(Integer samplePercent) {
    }

    record ReviewBody(Map<String, Integer> scores, String comment, Boolean coachingNeeded, Integer scorecardVersion) {
    }

    record QueueItem(UUID id, UUID contactId, UUID accountId, String debtorName, String creditorRef, String agent,
            String week, java.time.Instant startedAt, List<String> reasons, String status) {

        static QueueItem of(QaStore.Item i, io.recoverydesk.portfolio.AccountDirectory.AccountRef a) {
            return new QueueItem(i.id(), i.contactId(), i.accountId(), a.debtorName(), a.creditorRef(), i.agent(),
                    i.week(), i.startedAt(), i.reasons(), i.status());
        }

    }

    record ItemBody(QueueItem item, io.recoverydesk.compliance.ContactDoor.Recorded contact, ScorecardView scorecard,
            QaStore.Review review) {
    }

    @GetMapping("/api/v1/qa/scorecard")
    @PreAuthorize(QaRoles.READ_SCORECARD)
    ScorecardView scorecard() {
        return ScorecardView.of(scorecards.scorecard(currentUsers.require().tenantId()));
    }

    @PutMapping("/api/v1/qa/scorecard")
    @PreAuthorize(QaRoles.CONFIGURE)
    ScorecardView saveScorecard(@Valid @RequestBody ScorecardBody body) {
        return ScorecardView.of(scorecards.saveScorecard(currentUsers.require(),
                body.criteria()
                    .stream()
                    .map(c -> c == null ? null : new QaScoring.Criterion(c.code(), c.label(), c.weight()))
                    .toList()));
    }

    @GetMapping("/api/v1/qa/settings")
    @PreAuthorize(QaRoles.REVIEW)
    SettingsBody settings() {
        return new SettingsBody(scorecards.samplePercent(currentUsers.require().tenantId()));
    }

    @PutMapping("/api/v1/qa/settings")
    @PreAuthorize(QaRoles.CONFIGURE)
    SettingsBody saveSettings(@RequestBody SettingsBody body) {
        return new SettingsBody(scorecards.saveSamplePercent(currentUsers.require(), body.samplePercent()));
    }

    @PostMapping("/api/v1/qa/sampling")
    @PreAuthorize(QaRoles.REVIEW)
    QaSampler.SamplingResult sample(@RequestParam(required = false) String week) {
        CurrentUser user = currentUsers.require();
        QaSampling.Week w = week == null ? sampler.lastCompletedWeek(user.tenantId()) : QaSampling.Week.parse(week);
        return sampler.sample(user.tenantId(), user.username(), w);
    }

    @GetMapping("/api/v1/qa/queue")
    @PreAuthorize(QaRoles.REVIEW)
    List<QueueItem> queue(@RequestParam(required = false) String reason) {
        return desk.queue(currentUsers.require(), reason, 500)
            .stream()
            .map(r -> QueueItem.of(r.item(), r.account()))
            .toList();
    }

    @GetMapping("/api/v1/qa/queue/{itemId}")
    @PreAuthorize(QaRoles.REVIEW)
    ItemBody item(@PathVariable UUID itemId) {
        QaDesk.ItemView v = desk.item(currentUsers.require(), itemId);
        return new ItemBody(QueueItem.of(v.item(), v.account()), v.contact(), ScorecardView.of(v.scorecard()),
                v.review());
    }

    @PostMapping("/api/v1/qa/queue/{itemId}/review")
    @PreAuthorize(QaRoles.REVIEW)
    @ResponseStatus(HttpStatus.CREATED)
    QaStore.Review review(@PathVariable UUID itemId, @RequestBody ReviewBody body) {
        return desk.review(currentUsers.require(), itemId, new QaDesk.Submission(body.scores(), body.comment(),
                body.coachingNeeded() != null && body.coachingNeeded(), body.scorecardVersion()));
    }

    @GetMapping("/api/v1/qa/reviews/mine")
    @PreAuthorize(QaRoles.OWN_REVIEWS)
    List<QaStore.Review> mine() {
        return desk.mine(currentUsers.require());
    }

    @GetMapping("/api/v1/qa/reviews/team")
    @PreAuthorize(QaRoles.TEAM_REVIEWS)
    List<QaStore.Review> team() {
        return desk.team(currentUsers.require());
    }

    @GetMapping("/api/v1/qa/scores")
    @PreAuthorize(QaRoles.REVIEW)
    QaScores.Scores scores(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return scores.scores(currentUsers.require().tenantId(), from, to);
    }

}
