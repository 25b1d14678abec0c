package io.recoverydesk.allocation.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The engine and the strategy explain placements in English sentences built from a small
 * set of phrases; for readers of Chinese those phrases are put into Chinese here (names,
 * skills and figures stay as they are). A sentence with a phrase not known here keeps
 * that phrase in English.
 */
final class LineText {

    private static final Map<Pattern, String> PATTERNS = new LinkedHashMap<>();

    private static final Map<String, String> PHRASES = new LinkedHashMap<>();

    static {
        pattern("all (\\d+) agents with (\\[[^\\]]*\\]) lack room for the debtor's (\\d+) account\\(s\\)",
                "具备 $2 的 $1 名坐席都没有容纳该债务人 $3 个账户的余量");
        pattern("least expected value for their hours among (\\d+) skilled agents with room",
                "在 $1 名具备技能且有余量的坐席中，其每全职期望回收最低");
        pattern("the override names (\\S+), who is not in the agent list", "人工固定的坐席 $1 不在名册中");
        pattern("to (\\S+) rather than (\\S+) to bring expected value within the team band \\(was: ",
                "分给 $1 而非 $2，使期望回收回到团队公平带内（原为：");
        pattern("expected value per full-time share ([\\d.]+) outside the team band \\[([\\d.]+), ([\\d.]+)\\]:? ?",
                "每全职期望回收 $1，不在团队公平带（$2–$3）内；");
        pattern("(\\d+) case\\(s\\) beyond capacity through overrides", "因人工固定超出产能 $1 个案件");
        pattern("(\\d+) override\\(s\\) on accounts needing skills it lacks", "$1 个人工固定的账户需要其不具备的技能");
        pattern(" but holds (\\d+) override\\(s\\)", "，但仍有 $1 个人工固定的案件");
        pattern("path (\\S+), step (\\d+) of (\\d+)", "路径 $1 第 $2/$3 步");
        pattern("path (\\S+) \\(no longer defined\\)", "路径 $1（已不存在）");
        pattern("path (\\S+), before its first step", "路径 $1，尚未开始第一步");
        pattern("(\\d+) case\\(s\\) are overrides or follow one", "$1 个案件为人工固定或随人工固定");
        pattern("(\\d+) case\\(s\\) are kept for continuity \\(the policy keeps it\\)", "$1 个案件按政策保持连续性");
        pattern("(\\d+) case\\(s\\) already moved once in this run", "$1 个案件本次已调动过一次");
        pattern("at capacity \\((\\d+) of (\\d+)\\)", "已满（$1/$2）");
        pattern("no whole debtor fits its room of (\\d+) without pushing a colleague out of the band",
                "没有完整债务人能放进其 $1 个余量而不把同事挤出公平带");
        pattern(", paused by (PROMISE|PLAN|SETTLEMENT|DISPUTE|HOLD)\\b", "，暂停原因：$1");
        phrase("follows the override of the debtor's other account to ", "随该债务人另一账户的人工固定分给 ");
        phrase("joins the debtor's other accounts with ", "与该债务人的其他账户一起分给 ");
        phrase("debtor split from its override to ", "债务人未随人工固定分给 ");
        phrase("debtor split: no available agent holds all of ", "债务人被拆分：没有可用坐席同时具备 ");
        phrase("the only available agent with ", "唯一具备该技能的可用坐席：");
        phrase("no available agent holds ", "没有可用坐席具备 ");
        phrase(" is not in the agent list", " 不在坐席名册中");
        phrase("manual override", "人工固定");
        phrase("stays with ", "保留在 ");
        phrase("new; ", "新案件；");
        phrase(", who ", "，其");
        phrase(" has left", " 已离开");
        phrase(" is absent", " 请假中");
        phrase(" has no scheduled hours", " 无排班");
        phrase(" has no room", " 已无余量");
        phrase("has left", "已离开");
        phrase("is absent", "请假中");
        phrase("has no scheduled hours", "无排班");
        phrase("has no room", "已无余量");
        phrase(" lacks ", " 缺少 ");
        phrase("lacks ", "缺少 ");
        phrase("above the band; no colleague with room holds the skills its movable debtors need",
                "高于公平带：有余量的同事不具备其可调出债务人所需的技能");
        phrase("above the band; no colleague within or below the band has room", "高于公平带：带内或带下的同事都没有余量");
        phrase("above the band; no whole debtor it could hand over brings the team closer to the band",
                "高于公平带：调出任何完整债务人都不能让团队更接近公平带");
        phrase("above the band; nothing it holds may move: ", "高于公平带：其案件都不能调动：");
        phrase("below the band; no colleague has a debtor it may hand over that needs only ",
                "低于公平带：没有同事可调出只需要以下技能的债务人 ");
        phrase("，暂停原因：PROMISE", "，暂停原因：承诺还款");
        phrase("，暂停原因：PLAN", "，暂停原因：分期");
        phrase("，暂停原因：SETTLEMENT", "，暂停原因：减免结清");
        phrase("，暂停原因：DISPUTE", "，暂停原因：争议");
        phrase("，暂停原因：HOLD", "，暂停原因：暂停催收");
        phrase(" (debtors kept for continuity stay where they are)", "（保持连续性的债务人不调动）");
        phrase(": automated messages only so far", "：目前只走自动消息");
        phrase("not yet placed by a strategy run", "尚未经策略运行分层");
        phrase("no longer open", "已不在催");
        phrase("below the band; ", "低于公平带：");
        phrase("above the band; ", "高于公平带：");
        // the skills of AgentDesks: products, creditor:X, team:X
        phrase("(no product)", "（无产品）");
        phrase("creditor:", "委托方 ");
        phrase("team:", "团队 ");
        phrase("; ", "；");
    }

    private LineText() {
    }

    private static void pattern(String regex, String replacement) {
        PATTERNS.put(Pattern.compile(regex), replacement);
    }

    private static void phrase(String english, String chinese) {
        PHRASES.put(english, chinese);
    }

    /** Upper-case codes that are not a creditor's, a team's or a path's. */
    private static final Pattern SKILL_CODE = Pattern
        .compile("(?<!委托方 )(?<!团队 )(?<!路径 )(?<!creditor:)(?<!team:)(?<!path )\\b[A-Z][A-Z0-9_]+\\b");

    /**
     * The text for the reader's locale, with the skills that {@code names} knows
     * (products, skills such as LEGAL) named as the reader calls them.
     */
    static String of(String text, Locale locale, java.util.function.Function<String, String> names) {
        String out = of(text, locale);
        if (out == null) {
            return null;
        }
        out = SKILL_CODE.matcher(out).replaceAll(m -> {
            String name = names.apply(m.group());
            return java.util.regex.Matcher.quoteReplacement(name == null ? m.group() : name);
        });
        // expected values with thousands separators, as amounts are shown elsewhere
        java.text.DecimalFormat grouped = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
        return AMOUNT.matcher(out).replaceAll(m -> grouped.format(new java.math.BigDecimal(m.group())));
    }

    /** A figure with cents and at least four whole digits. */
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])\\d{4,}\\.\\d{2}(?![\\d])");

    /** The text for the reader's locale: Chinese phrases for a Chinese reader. */
    static String of(String text, Locale locale) {
        if (text == null || !"zh".equals(locale.getLanguage())) {
            return text;
        }
        String out = text;
        for (Map.Entry<Pattern, String> pattern : PATTERNS.entrySet()) {
            out = pattern.getKey().matcher(out).replaceAll(pattern.getValue());
        }
        for (Map.Entry<String, String> phrase : PHRASES.entrySet()) {
            out = out.replace(phrase.getKey(), phrase.getValue());
        }
        return out;
    }

}
