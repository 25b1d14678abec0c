package io.recoverydesk.team.internal;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Team defaults: the open cases an agent without a stored profile holds at full time, and
 * the hours of a full-time week (also the weekly hours of such an agent).
 */
@ConfigurationProperties("rd.team")
record TeamProperties(Integer defaultMaxOpenCases, BigDecimal fullTimeHours) {

    TeamProperties {
        defaultMaxOpenCases = defaultMaxOpenCases == null ? 400 : defaultMaxOpenCases;
        fullTimeHours = fullTimeHours == null ? BigDecimal.valueOf(40) : fullTimeHours;
        if (defaultMaxOpenCases < 0 || defaultMaxOpenCases > ProfileRequest.MAX_OPEN_CASES
                || fullTimeHours.signum() <= 0 || fullTimeHours.compareTo(ProfileRequest.MAX_WEEKLY_HOURS) > 0
                || fullTimeHours.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("rd.team: default-max-open-cases 0 to " + ProfileRequest.MAX_OPEN_CASES
                    + ", full-time-hours above 0 and at most " + ProfileRequest.MAX_WEEKLY_HOURS
                    + " with at most 2 decimals");
        }
    }

}
