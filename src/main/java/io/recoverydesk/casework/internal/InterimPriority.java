package io.recoverydesk.casework.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recoverydesk.casework.PriorityPolicy;
import io.recoverydesk.kernel.web.Formats;

import org.springframework.stereotype.Component;

/**
 * The priority until the strategy engine exists: promises and callbacks due now first
 * (each adds {@link #DUE_NOW_BONUS}, so one due item outranks any balance: open callback
 * and promise-due tasks due when the score is computed; the queue's "next" also puts
 * cases with such tasks due first, live), then balance × bucket weight. The weights say
 * that collectability falls with age: M0 0.5 (not yet due), M1 1.0, M2 0.9, M3 0.8, M4
 * 0.6, M5 0.5, M6 0.4, M6+ 0.2.
 */
@Component
class InterimPriority implements PriorityPolicy {

    static final BigDecimal DUE_NOW_BONUS = new BigDecimal("1000000000000");

    static final Map<String, BigDecimal> WEIGHTS = Map.of("M0", new BigDecimal("0.5"), "M1", new BigDecimal("1.0"),
            "M2", new BigDecimal("0.9"), "M3", new BigDecimal("0.8"), "M4", new BigDecimal("0.6"), "M5",
            new BigDecimal("0.5"), "M6", new BigDecimal("0.4"), "M6+", new BigDecimal("0.2"));

    @Override
    public Priority score(Facts facts) {
        List<String> reasons = new ArrayList<>();
        BigDecimal score = BigDecimal.ZERO;
        if (facts.dueNow() > 0) {
            score = score.add(DUE_NOW_BONUS.multiply(BigDecimal.valueOf(facts.dueNow())));
            reasons.add(Formats.DUE_NOW.format(facts.dueNow()));
        }
        BigDecimal weight = WEIGHTS.getOrDefault(facts.bucket(), BigDecimal.ONE);
        BigDecimal balance = facts.balance() == null ? BigDecimal.ZERO : facts.balance();
        score = score.add(balance.multiply(weight)).setScale(4, RoundingMode.HALF_UP);
        reasons.add("balance " + balance.setScale(2, RoundingMode.HALF_UP).toPlainString());
        reasons.add(Formats.BUCKET.format(facts.bucket(), weight.toPlainString()));
        return new Priority(score, List.copyOf(reasons));
    }

}
