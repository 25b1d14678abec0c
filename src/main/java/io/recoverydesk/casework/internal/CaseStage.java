package io.recoverydesk.casework.internal;

import io.recoverydesk.portfolio.AccountStatus;

/**
 * The stage of a case (DOMAIN.md): intake 案件接收 → info organising 信息整理 → initial
 * collection 初步催收 → legal notice 法律催告 → case summary 案件总结. Until the strategy engine
 * assigns stages, it is read from the account: closed = summary; in legal or past 180
 * days = legal notice; never contacted and new = intake; contacted but nobody ever spoken
 * to = info organising (find a number that works); else initial collection.
 */
enum CaseStage {

    INTAKE, INFO, INITIAL, LEGAL_NOTICE, SUMMARY;

    static CaseStage of(AccountStatus status, long dpd, int contacts, boolean spokenTo) {
        if (status != null && !status.isOpen()) {
            return SUMMARY;
        }
        if (status == AccountStatus.LEGAL || dpd > 180) {
            return LEGAL_NOTICE;
        }
        if (contacts == 0) {
            return status == AccountStatus.NEW ? INTAKE : INFO;
        }
        return spokenTo ? INITIAL : INFO;
    }

    public int number() {
        return ordinal() + 1;
    }

}
