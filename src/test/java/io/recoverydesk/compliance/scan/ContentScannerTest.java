package io.recoverydesk.compliance.scan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.recoverydesk.compliance.scan.ScanCategory.DECEPTION;
import static io.recoverydesk.compliance.scan.ScanCategory.IMPERSONATION;
import static io.recoverydesk.compliance.scan.ScanCategory.INSULT;
import static io.recoverydesk.compliance.scan.ScanCategory.PRIVACY;
import static io.recoverydesk.compliance.scan.ScanCategory.THIRD_PARTY_DISCLOSURE;
import static io.recoverydesk.compliance.scan.ScanCategory.THREAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ContentScannerTest {

    static final ContentScanner SCANNER = ContentScanner.load();

    static final ScanContext THIRD_PARTY = ScanContext.forThirdParty(null);

    static final ScanContext LAW_FIRM = new ScanContext(null, false, true);

    static Stream<Arguments> findings() {
        return Stream.of(
                // THREAT
                Arguments.of(THREAT, "再不还钱就让你[[坐牢]]。"), Arguments.of(THREAT, "今天不还，明天[[上门]]找你"),
                Arguments.of(THREAT, "我们马上[[抓你]]"), Arguments.of(THREAT, "不还就[[通知你单位]]，让大家看看"),
                Arguments.of(THREAT, "下午我们[[去你公司]]"), Arguments.of(THREAT, "我们会[[到你家]]里坐坐"),
                Arguments.of(THREAT, "不还我就[[告诉你父母]]"), Arguments.of(THREAT, "[[让你全家都知道]]你欠钱"),
                Arguments.of(THREAT, "你会被[[拘留]]十五天"), Arguments.of(THREAT, "Pay now or you will be [[arrested]]."),
                Arguments.of(THREAT, "You could go to [[jail]] for this."),
                Arguments.of(THREAT, "We will [[come to your house]] tonight."),
                Arguments.of(THREAT, "Someone will [[visit your workplace]] on Monday."),
                Arguments.of(THREAT, "Pay or we [[tell your employer]]."),
                Arguments.of(THREAT, "We will [[sue you tomorrow]] unless you pay."),
                Arguments.of(THREAT, "[[We'll sue you]] if you do not pay."),
                Arguments.of(THREAT, "[[We know where you live]]."),
                // INSULT
                Arguments.of(INSULT, "你就是个[[傻逼]]"), Arguments.of(INSULT, "[[老赖]]，赶紧还钱"),
                Arguments.of(INSULT, "你这个[[王八蛋]]"), Arguments.of(INSULT, "[[不要脸]]的东西"),
                Arguments.of(INSULT, "Pay up, you [[deadbeat]]."),
                Arguments.of(INSULT, "What the [[fuck]] is wrong with you"), Arguments.of(INSULT, "Kiss my [[ass]]."),
                Arguments.of(INSULT, "You are an [[idiot]]."),
                // IMPERSONATION
                Arguments.of(IMPERSONATION, "我们是[[公安]]局经侦大队的"), Arguments.of(IMPERSONATION, "这里是[[法院]]执行庭"),
                Arguments.of(IMPERSONATION, "我是[[律师]]，负责你的案子"), Arguments.of(IMPERSONATION, "这是[[派出所]]的电话"),
                Arguments.of(IMPERSONATION, "This is the [[police]]."),
                Arguments.of(IMPERSONATION, "The county [[sheriff]] has your file."),
                Arguments.of(IMPERSONATION, "[[I am an attorney]] handling your account."),
                // DECEPTION
                Arguments.of(DECEPTION, "不还就[[上征信黑名单]]"), Arguments.of(DECEPTION, "你已经进入[[永久黑名单]]"),
                Arguments.of(DECEPTION, "逾期会[[影响你的子女]]上学"), Arguments.of(DECEPTION, "你要承担[[刑事责任]]"),
                Arguments.of(DECEPTION, "You will be put on a [[blacklist]]."),
                Arguments.of(DECEPTION, "Your [[credit will be destroyed]] forever."),
                Arguments.of(DECEPTION, "This goes on your [[criminal record]]."),
                // PRIVACY
                Arguments.of(PRIVACY, "再不还就[[爆通讯录]]"), Arguments.of(PRIVACY, "我们会把你[[曝光]]"),
                Arguments.of(PRIVACY, "[[通讯录群发]]已经准备好了"), Arguments.of(PRIVACY, "We will [[contact your contacts]]."),
                Arguments.of(PRIVACY, "We will [[tell your friends about your debt]]."),
                Arguments.of(PRIVACY, "Everyone on [[your contact list]] will hear about it."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("findings")
    void findsTheMarkedSpanInTheOriginalText(ScanCategory category, String marked) {
        Marked text = Marked.of(marked);
        assertThat(SCANNER.scan(text.text(), ScanContext.DEFAULT)).extracting("category", "start", "end")
            .contains(tuple(category, text.start(), text.end()));
    }

    @Test
    void reportsTheLexiconEntryAsTheTermWithExactOffsets() {
        assertThat(SCANNER.scan("明天去上门", ScanContext.DEFAULT)).containsExactly(new Finding(THREAT, "上门", 3, 5));
        assertThat(SCANNER.scan("Call the police", ScanContext.DEFAULT))
            .containsExactly(new Finding(IMPERSONATION, "police", 9, 15));
        assertThat(SCANNER.scan("我们马上抓你", ScanContext.DEFAULT))
            .containsExactly(new Finding(THREAT, "(抓|逮捕|拘捕)(你|您)", 4, 6));
    }

    @Test
    void findsEveryCategoryInOneTextSortedByStart() {
        String text = "我是法院的，不还钱就上门，再爆通讯录，上征信黑名单，你个傻逼";
        assertThat(SCANNER.scan(text, ScanContext.DEFAULT)).extracting(Finding::category)
            .containsExactly(IMPERSONATION, THREAT, PRIVACY, DECEPTION, INSULT);
        assertThat(SCANNER.scan(text, ScanContext.DEFAULT))
            .isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
    }

    @Test
    void keepsTheLongestOfOverlappingFindingsOfOneCategory() {
        // 曝光 and 曝光通讯录 are both PRIVACY: one finding, the longer
        assertThat(SCANNER.scan("马上曝光通讯录", ScanContext.DEFAULT))
            .containsExactly(new Finding(PRIVACY, "(爆|曝光|轰炸|打爆|群发|打|联系|通知)(|你|您)(|的)通讯录", 2, 7));
    }

    @Test
    void reportsOverlappingFindingsOfDifferentCategories() {
        Marked threat = Marked.of("We will [[tell your employer]] about your debt.");
        Marked privacy = Marked.of("We will [[tell your employer about your debt]].");
        assertThat(SCANNER.scan(threat.text(), ScanContext.DEFAULT)).extracting("category", "start", "end")
            .containsExactly(tuple(THREAT, threat.start(), threat.end()),
                    tuple(PRIVACY, privacy.start(), privacy.end()));
    }

    @Test
    void disclosesTheDebtOnlyToAThirdParty() {
        Marked zh = Marked.of("您好，请转告张先生他的[[欠款]]已经逾期");
        assertThat(SCANNER.scan(zh.text(), THIRD_PARTY)).extracting("category", "start", "end")
            .containsExactly(tuple(THIRD_PARTY_DISCLOSURE, zh.start(), zh.end()),
                    tuple(THIRD_PARTY_DISCLOSURE, zh.end() + 2, zh.end() + 4));
        assertThat(SCANNER.scan(zh.text(), ScanContext.DEFAULT)).isEmpty();
        Marked en = Marked.of("Please tell John his [[debt]] with us is overdue.");
        assertThat(SCANNER.scan(en.text(), THIRD_PARTY)).extracting("term")
            .containsExactly("debt(|s)", "(overdue|past due|unpaid)");
        assertThat(SCANNER.scan(en.text(), ScanContext.DEFAULT)).isEmpty();
    }

    @Test
    void aNeutralThirdPartyScriptDisclosesNothing() {
        assertThat(SCANNER.scan("您好，请问您认识张三吗？麻烦转告他回电，谢谢。", THIRD_PARTY)).isEmpty();
        assertThat(
                SCANNER.scan("Hello, this is Anna from Recovery Desk. Please ask John to call us back.", THIRD_PARTY))
            .isEmpty();
    }

    @Test
    void aLawFirmMayCallItselfALawyerButNotThePolice() {
        assertThat(SCANNER.scan("我是律师，本律所受托处理您的案件", LAW_FIRM)).isEmpty();
        assertThat(SCANNER.scan("I am an attorney at this law firm.", LAW_FIRM)).isEmpty();
        assertThat(SCANNER.scan("我是律师，本律所受托处理您的案件", ScanContext.DEFAULT)).extracting(Finding::term)
            .containsExactly("律师", "律所");
        assertThat(SCANNER.scan("我们是派出所的", LAW_FIRM)).extracting(Finding::category).containsExactly(IMPERSONATION);
    }

    @Test
    void aLocaleRestrictsTheScanToItsLexicon() {
        String mixed = "你这个傻逼 you idiot";
        assertThat(SCANNER.scan(mixed, ScanContext.DEFAULT)).hasSize(2);
        assertThat(SCANNER.scan(mixed, new ScanContext(Locale.CHINESE, false, false))).extracting(Finding::term)
            .containsExactly("傻(逼|比|屄|b|x|叉)");
        assertThat(SCANNER.scan(mixed, new ScanContext(Locale.US, false, false))).hasSize(1);
        assertThat(SCANNER.scan(mixed, new ScanContext(Locale.FRENCH, false, false))).hasSize(2);
    }

    @Test
    void aNegationRightBeforeATermIsAReassurance() {
        assertThat(SCANNER.scan("请放心，我们不会上门，也不会通知你单位", ScanContext.DEFAULT)).isEmpty();
        assertThat(SCANNER.scan("You will not be arrested and we won't tell your employer.", ScanContext.DEFAULT))
            .isEmpty();
        assertThat(SCANNER.scan("不还钱我们就上门", ScanContext.DEFAULT)).extracting(Finding::term).containsExactly("上门");
    }

    @Test
    void lawfulCourtWordingIsNotImpersonation() {
        assertThat(SCANNER.scan("如仍未还款，我司将依法向人民法院提起诉讼", ScanContext.DEFAULT)).isEmpty();
        assertThat(SCANNER.scan("我是法院的，你被起诉了", ScanContext.DEFAULT)).extracting(Finding::term).containsExactly("法院");
    }

    @Test
    void aNoteOfAFieldVisitIsFlaggedForQaReview() {
        // 上门 cannot tell a lawful, recorded visit (CN.VISIT) from a threatened one: notes
        // are saved and flagged, so QA sees the visit note; a message saying it is
        // blocked
        assertThat(SCANNER.scan("已上门外访，客户不在家", ScanContext.DEFAULT)).extracting(Finding::term).containsExactly("上门");
    }

    @Test
    void avoidsTheScunthorpeProblem() {
        List<String> clean = List.of("We will assess your class of account and pass it to Scunthorpe office.",
                "Please reassess the classic passbook.", "Our assistant will call; the cocktail bar in Essex.",
                "The shitake recipe", "Sussex Assurance", "a prickly cactus", "the idiom", "Dumbo", "arsenal",
                "He arrived at prisonville", "Jailhouse Rock", "scuba diving", "a spicy dish");
        for (String text : clean) {
            assertThat(SCANNER.scan(text, ScanContext.DEFAULT)).as(text).isEmpty();
        }
    }

    @Test
    void doesNotRunOrdinaryWordsTogether() {
        // "as s..." and "has sent" must not become "ass"; "pol ice" is not a split word
        // either
        assertThat(SCANNER.scan("Please pay as soon as possible; she has sent it.", ScanContext.DEFAULT)).isEmpty();
        assertThat(SCANNER.scan("He was a s sure as anything", ScanContext.DEFAULT)).isEmpty();
    }

    @Test
    void scansEmptyAndBlankTexts() {
        assertThat(SCANNER.scan("", ScanContext.DEFAULT)).isEmpty();
        assertThat(SCANNER.scan(" \n\t*** ", ScanContext.DEFAULT)).isEmpty();
    }

    @Test
    void loadsTheLexiconsOnce() {
        assertThat(ContentScanner.load()).isSameAs(SCANNER);
        assertThat(SCANNER.entries()).extracting(LexiconEntry::locale).contains("zh", "en");
    }

}
