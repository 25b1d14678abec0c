package io.recoverydesk.compliance.policy;

import java.util.Objects;
import java.util.UUID;

/**
 * A hold in force on the account being contacted (the caller passes only the holds of
 * that account and of the debtor's contact points).
 *
 * @param type why contact stops
 * @param contactPointId for {@link HoldType#DO_NOT_CALL} the number; for
 * {@link HoldType#CHANNEL_OPT_OUT} optionally the address; null means every one
 * @param channel for {@link HoldType#CHANNEL_OPT_OUT} the channel; null means every
 * channel
 */
public record ActiveHold(HoldType type, UUID contactPointId, Channel channel) {

    public ActiveHold {
        Objects.requireNonNull(type, "type");
    }

    public static ActiveHold of(HoldType type) {
        return new ActiveHold(type, null, null);
    }

    public static ActiveHold doNotCall(UUID contactPointId) {
        return new ActiveHold(HoldType.DO_NOT_CALL, contactPointId, null);
    }

    public static ActiveHold optOut(Channel channel, UUID contactPointId) {
        return new ActiveHold(HoldType.CHANNEL_OPT_OUT, contactPointId, channel);
    }

    /**
     * Whether this hold stops the request. A missing contact point on either side
     * matches, because we cannot show that the request avoids the held number.
     */
    public boolean stops(ContactRequest request) {
        if (type.isAccountWide()) {
            return true;
        }
        boolean samePoint = contactPointId == null || request.contactPointId() == null
                || contactPointId.equals(request.contactPointId());
        if (type == HoldType.DO_NOT_CALL) {
            // a do-not-call number is not texted either: texts to a phone are calls under
            // US law and the person asked us to leave that phone alone
            return samePoint && (request.channel() == Channel.CALL || request.channel() == Channel.SMS);
        }
        return samePoint && (channel == null || channel == request.channel());
    }

}
