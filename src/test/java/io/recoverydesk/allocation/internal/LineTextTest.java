package io.recoverydesk.allocation.internal;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineTextTest {

    private static String zh(String english) {
        return LineText.of(english, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void placementsReadInChineseWithNamesAndFiguresKept() {
        assertThat(zh("new; least expected value for their hours among 3 skilled agents with room — path CALL_FIRST,"
                + " step 1 of 3"))
            .isEqualTo("新案件；在 3 名具备技能且有余量的坐席中，其每全职期望回收最低 — 路径 CALL_FIRST 第 1/3 步");
        assertThat(zh("demo.agent4 is absent; the only available agent with [CARD, creditor:HXCC]"))
            .isEqualTo("demo.agent4 请假中；唯一具备该技能的可用坐席：[CARD, 委托方 HXCC]");
        assertThat(zh("manual override; li lacks LEGAL")).isEqualTo("人工固定；li 缺少 LEGAL");
        assertThat(zh("all 2 agents with [CARD, team:SPEC] lack room for the debtor's 3 account(s)"))
            .isEqualTo("具备 [CARD, 团队 SPEC] 的 2 名坐席都没有容纳该债务人 3 个账户的余量");
        assertThat(zh("below the band; no colleague has a debtor it may hand over that needs only [(no product),"
                + " AUTO_LOAN, creditor:RTAF, team:T2]"))
            .isEqualTo("低于公平带：没有同事可调出只需要以下技能的债务人 [（无产品）, AUTO_LOAN, 委托方 RTAF, 团队 T2]");
        assertThat(zh("stays with wang — path DIGITAL_FIRST, step 3 of 4, paused by PROMISE"))
            .isEqualTo("保留在 wang — 路径 DIGITAL_FIRST 第 3/4 步，暂停原因：承诺还款");
        assertThat(zh("expected value per full-time share 1074498.02 outside the team band [777873.61, 1052417.23]:"
                + " above the band; no colleague within or below the band has room"))
            .isEqualTo("每全职期望回收 1074498.02，不在团队公平带（777873.61–1052417.23）内；高于公平带：带内或带下的同事都没有余量");
    }

    @Test
    void theBandReportsReasonsReadInChinese() {
        assertThat(zh("above the band; nothing it holds may move: 2 case(s) are overrides or follow one,"
                + " 5 case(s) are kept for continuity (the policy keeps it), 1 case(s) already moved once in this run"))
            .isEqualTo("高于公平带：其案件都不能调动：2 个案件为人工固定或随人工固定，5 个案件按政策保持连续性，1 个案件本次已调动过一次".replace("，5", ", 5")
                .replace("，1", ", 1"));
        assertThat(zh("below the band; at capacity (40 of 40)")).isEqualTo("低于公平带：已满（40/40）");
        assertThat(zh("below the band; no whole debtor fits its room of 3 without pushing a colleague out of the band"))
            .isEqualTo("低于公平带：没有完整债务人能放进其 3 个余量而不把同事挤出公平带");
        assertThat(zh("below the band; no colleague has a debtor it may hand over that needs only [CARD]"
                + " (debtors kept for continuity stay where they are)"))
            .isEqualTo("低于公平带：没有同事可调出只需要以下技能的债务人 [CARD]（保持连续性的债务人不调动）");
    }

    @Test
    void otherLanguagesAndUnknownTextStayAsTheyAre() {
        String english = "new; least expected value for their hours among 3 skilled agents with room";
        assertThat(LineText.of(english, Locale.ENGLISH)).isEqualTo(english);
        assertThat(zh("something the engine may say one day")).isEqualTo("something the engine may say one day");
        assertThat(LineText.of(null, Locale.CHINESE)).isNull();
    }

    @Test
    void productsAndSkillsAreNamedButCreditorTeamAndPathCodesAreNot() {
        java.util.Map<String, String> names = java.util.Map.of("AUTO_LOAN", "车贷", "LEGAL", "法务", "SPEC", "不该用", "RTAF",
                "不该用", "CALL_FIRST", "不该用");
        assertThat(
                LineText.of("below the band; no colleague has a debtor it may hand over that needs only [(no product),"
                        + " AUTO_LOAN, creditor:RTAF, team:SPEC]", Locale.SIMPLIFIED_CHINESE, names::get))
            .isEqualTo("低于公平带：没有同事可调出只需要以下技能的债务人 [（无产品）, 车贷, 委托方 RTAF, 团队 SPEC]");
        assertThat(LineText.of("manual override; li lacks LEGAL — path CALL_FIRST, step 1 of 3",
                Locale.SIMPLIFIED_CHINESE, names::get))
            .isEqualTo("人工固定；li 缺少 法务 — 路径 CALL_FIRST 第 1/3 步");
        assertThat(LineText.of("li lacks LEGAL", Locale.ENGLISH, code -> code.equals("LEGAL") ? "Legal" : null))
            .isEqualTo("li lacks Legal");
        // on the pages, expected values read like amounts
        assertThat(LineText.of(
                "expected value per full-time share 1074498.02 outside the team band [777873.61,"
                        + " 1052417.20]: above the band; at capacity (40 of 40)",
                Locale.SIMPLIFIED_CHINESE, names::get))
            .isEqualTo("每全职期望回收 1,074,498.02，不在团队公平带（777,873.61–1,052,417.20）内；高于公平带：已满（40/40）");
    }

}
