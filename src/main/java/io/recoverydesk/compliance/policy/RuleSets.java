package io.recoverydesk.compliance.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules of each pack, in the order their reasons are listed: holds first (they are
 * the most final), then the time window, then the counts.
 */
final class RuleSets {

    private static final Map<String, List<ContactRule>> BY_PACK = Map.of("CN", cn(), "US", us(), "GB", gb());

    private RuleSets() {
    }

    static List<ContactRule> of(String packCode) {
        List<ContactRule> rules = BY_PACK.get(packCode);
        if (rules == null) {
            throw new IllegalArgumentException("no rules for pack " + packCode);
        }
        return rules;
    }

    static List<ContactRule> all() {
        List<ContactRule> all = new ArrayList<>();
        BY_PACK.values().forEach(all::addAll);
        return all;
    }

    private static List<ContactRule> cn() {
        List<ContactRule> rules = holds(Map.of());
        rules.add(new ContactWindowRule("CN.TIME"));
        rules.add(new CnConversationsRule());
        rules.add(new CnUnansweredRule());
        rules.add(new CnThirdPartyRule());
        rules.add(new CnVisitRule());
        return List.copyOf(rules);
    }

    private static List<ContactRule> us() {
        // Regulation F names these three; the others keep their generic ids
        List<ContactRule> rules = holds(Map.of(HoldType.DISPUTE, "US.DISPUTE", HoldType.CEASE, "US.CEASE",
                HoldType.CHANNEL_OPT_OUT, "US.CHANNEL_OPT_OUT"));
        rules.add(new ContactWindowRule("US.TIME"));
        rules.add(UsCallCountRule.federal());
        rules.add(new UsAfterConversationRule());
        rules.add(UsCallCountRule.massachusetts());
        rules.add(new UsThirdPartyRule());
        return List.copyOf(rules);
    }

    private static List<ContactRule> gb() {
        List<ContactRule> rules = holds(Map.of());
        rules.add(new ContactWindowRule("GB.TIME"));
        rules.add(GbCallCapRule.perDay());
        rules.add(GbCallCapRule.inSevenDays());
        return List.copyOf(rules);
    }

    private static List<ContactRule> holds(Map<HoldType, String> namedIds) {
        List<ContactRule> rules = new ArrayList<>();
        for (HoldType type : HoldType.values()) {
            rules.add(new HoldRule(type, namedIds.getOrDefault(type, "HOLD." + type.name())));
        }
        return rules;
    }

}
