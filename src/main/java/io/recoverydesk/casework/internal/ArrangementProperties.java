package io.recoverydesk.casework.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Promises, plans and settlements: how far ahead a promise may fall due, the grace days
 * after a due date before it counts as missed, how many missed installments default a
 * plan, and the default settlement approval limits (discount fractions; a tenant may set
 * its own).
 */
@ConfigurationProperties("rd.casework.arrangements")
record ArrangementProperties(Integer promiseHorizonDays, Integer graceDays, Integer maxMissedInstallments,
        BigDecimal agentLimit, BigDecimal teamLeadLimit, BigDecimal managerLimit) {

    ArrangementProperties {
        promiseHorizonDays = promiseHorizonDays == null ? 30 : promiseHorizonDays;
        graceDays = graceDays == null ? 2 : graceDays;
        maxMissedInstallments = maxMissedInstallments == null ? 2 : maxMissedInstallments;
        agentLimit = agentLimit == null ? new BigDecimal("0.10") : agentLimit;
        teamLeadLimit = teamLeadLimit == null ? new BigDecimal("0.25") : teamLeadLimit;
        managerLimit = managerLimit == null ? new BigDecimal("0.50") : managerLimit;
        if (promiseHorizonDays < 0 || graceDays < 0 || maxMissedInstallments < 1) {
            throw new IllegalArgumentException(
                    "rd.casework.arrangements: horizon and grace days >= 0, max missed installments >= 1");
        }
    }

}
