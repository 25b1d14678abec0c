package io.recoverydesk.compliance.scan;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The done-when of the scanner: ordinary, lawful collection language (reminders, payment
 * plans, legal-department referrals, notes) produces no findings.
 */
class OrdinaryCollectionLanguageTest {

    static final ContentScanner SCANNER = ContentScanner.load();

    static List<String> chinese() {
        return List.of("您的账户已逾期30天，请尽快还款。", "如有疑问请致电客服。", "尊敬的客户，您本月账单应还金额为1,250.00元，还款日为6月15日。",
                "您好，我是回款台的客服小王，想跟您确认一下本月的还款安排。", "逾期可能会影响您的个人征信记录，请及时处理。", "如您暂时有困难，我们可以为您申请分期还款方案。",
                "您可以通过App、银行转账或到柜台办理还款。", "客户表示下周五发工资后还款5000元。", "客户承诺6月20日前结清，已记录。", "客户称近期失业，申请延期还款，已转主管审批。",
                "如对账单有异议，请在30日内联系我们核实。", "您的还款已到账，感谢您的配合。", "本次通话可能会被录音，以保障双方权益。", "如仍未还款，我司将依法向人民法院提起诉讼。",
                "我们已将您的案件转交法务部门评估。", "请您核对借款合同编号及剩余本金。", "为保护您的隐私，我们不会向第三方透露您的账户信息。", "客户电话无人接听，已发送短信提醒。",
                "第三次联系未接通，按规定暂停今日拨打。", "客户要求书面沟通，已登记渠道偏好。", "您可申请减免部分罚息，具体以审批结果为准。", "请于晚上九点前回复，以便我们安排专人跟进。",
                "温馨提示：按时还款有助于维护良好的信用记录。", "客户对金额有争议，已暂停催收并提交核实。", "如您已还款，请忽略本短信。", "我们理解您的难处，愿意和您一起商量一个可行的还款计划。",
                "请问您方便什么时候接听电话？", "客户同意每月15日还款800元，共分6期。", "客户表示已咨询律师，要求书面沟通。", "请在线上门户查看您的账单明细。",
                "如需法律帮助，您可以寻求律师咨询或法律援助。");
    }

    static List<String> english() {
        return List.of("We can set up a payment plan.",
                "This is an attempt to collect a debt and any information obtained will be used for that purpose.",
                "You may dispute this debt within 30 days.",
                "Your account is 30 days past due; please make a payment at your earliest convenience.",
                "If you have questions, please call our customer service team.",
                "If we do not hear from you, we may refer your account to our legal department.",
                "Late payments may be reported to the credit bureaus and may affect your credit score.",
                "We understand times are hard and would like to help you find an affordable solution.",
                "You can pay online, by phone, or by mail.",
                "If you are represented by an attorney, please give us their name and contact details.",
                "You may wish to consult an attorney or a free debt advice service.",
                "To stop receiving text messages, reply STOP.",
                "Customer promised to pay $200 on Friday; follow-up scheduled.",
                "Debtor says she lost her job and asked for a hardship review.",
                "Please confirm the last four digits of your account number.",
                "We have received your payment of $150. Thank you.", "Your current balance is $1,240.56.",
                "We have paused collection activity while we review your dispute.",
                "If you believe this is identity theft, you may file a police report.",
                "Please contact us to discuss your options; we are here to help.",
                "Your next installment of $75 is due on June 15.",
                "We will send you a written validation notice within five days.",
                "Call us Monday to Friday, 8am to 8pm.", "We may take legal action if the account remains unpaid.",
                "We can assess your circumstances and offer a reduced settlement.",
                "Please pass this message to the account holder only if they live at this address.",
                "Our classic hardship programme lets you pause payments for up to three months.");
    }

    @ParameterizedTest
    @MethodSource({ "chinese", "english" })
    void ordinaryCollectionLanguageHasNoFindings(String text) {
        assertThat(SCANNER.scan(text, ScanContext.DEFAULT)).isEmpty();
        assertThat(SCANNER.scan(text, new ScanContext(Locale.CHINA, false, false))).isEmpty();
        assertThat(SCANNER.scan(text, new ScanContext(Locale.US, false, false))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource({ "chinese", "english" })
    void ordinaryCollectionLanguageHasNoFindingsInFullWidth(String text) {
        StringBuilder fullWidth = new StringBuilder();
        text.chars().forEach((c) -> fullWidth.append((c > 0x20 && c < 0x7F) ? (char) (c + 0xFEE0) : (char) c));
        assertThat(SCANNER.scan(fullWidth.toString(), ScanContext.DEFAULT)).isEmpty();
    }

}
