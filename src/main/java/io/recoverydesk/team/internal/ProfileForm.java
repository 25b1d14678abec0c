package io.recoverydesk.team.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The profile form as typed: codes separated by commas or spaces, numbers as text. A
 * number that does not parse goes to the service as missing, which names the field.
 */
record ProfileForm(String products, String skills, String maxOpenCases, String weeklyHours) {

    static ProfileForm of(AgentView agent) {
        return new ProfileForm(String.join(", ", agent.products()), String.join(", ", agent.skills()),
                String.valueOf(agent.maxOpenCases()), agent.weeklyHours().stripTrailingZeros().toPlainString());
    }

    ProfileRequest request() {
        return new ProfileRequest(codes(products), codes(skills), whole(maxOpenCases), decimal(weeklyHours));
    }

    static List<String> codes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.strip().split("[,，;；、\\s]+")).filter(code -> !code.isEmpty()).toList();
    }

    private static Integer whole(String typed) {
        try {
            return typed == null ? null : Integer.valueOf(typed.strip());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    private static BigDecimal decimal(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : new BigDecimal(typed.strip().replace('，', '.'));
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

}
