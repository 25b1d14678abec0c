package io.recoverydesk.casework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.kernel.web.Formats;
import io.recoverydesk.payments.PaymentLedger;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * Payments, reversals and write-offs, from the payments module when it is there (nothing
 * until then).
 */
@Component
class PaymentTimeline implements TimelineSource {

    private final ObjectProvider<PaymentLedger> ledger;

    private final Formats formats = new Formats();

    PaymentTimeline(ObjectProvider<PaymentLedger> ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<TimelineEntry> entries(CurrentUser user, UUID accountId, int limit) {
        PaymentLedger payments = ledger.getIfAvailable();
        if (payments == null) {
            return List.of();
        }
        List<TimelineEntry> out = new ArrayList<>();
        for (PaymentLedger.Line line : payments.history(user.tenantId(), accountId)) {
            if (out.size() >= limit) {
                break;
            }
            String money = formats.money(line.amount(), line.currency());
            boolean writeOff = "WRITE_OFF".equals(line.kind());
            out.add(new TimelineEntry(line.paidAt(), "PAYMENT", writeOff ? "timeline.writeOff" : "timeline.payment",
                    List.of(money, method(line.method())), line.reference(), line.postedBy()));
            if (line.reversedAt() != null) {
                out.add(new TimelineEntry(line.reversedAt(), "PAYMENT", "timeline.reversal", List.of(money),
                        line.reversalReason(), line.reversedBy()));
            }
        }
        return out;
    }

    /** The payment method's label (the payments' own), the code when it has none. */
    private static Object method(String code) {
        return code == null ? "" : new DefaultMessageSourceResolvable(new String[] { "pay.method." + code }, code);
    }

}
