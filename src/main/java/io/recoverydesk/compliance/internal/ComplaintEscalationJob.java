package io.recoverydesk.compliance.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour: complaints past a deadline are escalated (once per breach). Also runnable
 * on demand: {@code POST /api/v1/complaints/escalations} and the workbench's button.
 */
@Component
class ComplaintEscalationJob {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEscalationJob.class);

    private final ComplaintDesk desk;

    ComplaintEscalationJob(ComplaintDesk desk) {
        this.desk = desk;
    }

    @Scheduled(cron = "0 7 * * * *")
    void run() {
        int escalated = desk.escalate(null);
        if (escalated > 0) {
            log.info("Escalated {} overdue complaint deadline(s)", escalated);
        }
    }

}
