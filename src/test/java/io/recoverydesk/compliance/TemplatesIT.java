package io.recoverydesk.compliance;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.Role;
import io.recoverydesk.kernel.BusinessRuleException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.recoverydesk.identity.Role.ADMIN;
import static io.recoverydesk.identity.Role.AGENT;
import static io.recoverydesk.identity.Role.ANALYST;
import static io.recoverydesk.identity.Role.COMPLIANCE;
import static io.recoverydesk.identity.Role.CREDITOR_VIEWER;
import static io.recoverydesk.identity.Role.LEGAL;
import static io.recoverydesk.identity.Role.MANAGER;
import static io.recoverydesk.identity.Role.TEAM_LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates over HTTP: the review lifecycle with four eyes (the author reviewing their
 * own version gets 422 {@code four-eyes}), the checks at submit, the version in use,
 * preview, sending only approved and clean texts, and who may do what.
 */
class TemplatesIT extends IntegrationTest {

    @Autowired
    MessageTemplates templates;

    TestTenant tenant;

    Api analyst;

    Api compliance;

    String account;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        analyst = api(tenant.user(ANALYST));
        compliance = api(tenant.user(COMPLIANCE));
        Api manager = api(tenant.user(MANAGER));
        JsonNode report = manager.upload("/api/v1/placements", Map.of("creditor", "C1"), "T-1.csv",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nT-1,李雷,13800138000,1000,2026-01-15\n"
                    .getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
        account = manager.get("/api/v1/accounts?ref=T-1").json().get("items").get(0).get("id").asString();
    }

    static Map<String, Object> template(String code, String channel, String audience, String pack, String body) {
        Map<String, Object> t = new HashMap<>();
        t.put("code", code);
        t.put("name", "Template " + code);
        t.put("stage", "INITIAL_COLLECTION");
        t.put("channel", channel);
        t.put("audience", audience);
        t.put("locale", pack.equals("CN") ? "zh-CN" : "en");
        t.put("pack", pack);
        t.put("body", body);
        if (channel.equals("EMAIL") || channel.equals("LETTER")) {
            t.put("subject", "Your account");
        }
        return t;
    }

    Api.Response create(Api api, Map<String, Object> body) {
        return api.post("/api/v1/templates", body);
    }

    static final String GOOD_SMS = "{{debtorName}}您好，您在{{creditorName}}的账户{{creditorRef}}尚欠{{balance}}{{currency}}，请尽快联系{{agentName}}。";

    @Test
    void lifecycleWithFourEyesAndTheVersionInUse() {
        Api.Response created = create(analyst, template("sms-1", "SMS", "DEBTOR", "CN", GOOD_SMS));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("versions").get(0).get("status").asString()).isEqualTo("DRAFT");
        assertThat(create(analyst, template("sms-1", "SMS", "DEBTOR", "CN", GOOD_SMS)).status()).isEqualTo(409);

        // nothing approved yet: not sendable, and approving a draft is the wrong
        // transition
        assertThatThrownBy(() -> templates.renderForSending(user(MANAGER), "sms-1", UUID.fromString(account)))
            .isInstanceOf(BusinessRuleException.class)
            .hasMessageContaining("no approved version");
        assertThat(compliance.post("/api/v1/templates/sms-1/versions/1/approve", Map.of()).status()).isEqualTo(409);

        assertThat(analyst.post("/api/v1/templates/sms-1/versions/1/submit", Map.of()).status()).isEqualTo(200);
        assertThat(analyst.post("/api/v1/templates/sms-1/versions/1/submit", Map.of()).status()).isEqualTo(409);
        // a new text while one is in review is refused
        assertThat(analyst.post("/api/v1/templates/sms-1/versions", Map.of("body", GOOD_SMS)).status()).isEqualTo(409);
        // reject needs a comment
        assertThat(compliance.post("/api/v1/templates/sms-1/versions/1/reject", Map.of()).status()).isEqualTo(422);
        Api.Response approved = compliance.post("/api/v1/templates/sms-1/versions/1/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("inUse").asInt()).isEqualTo(1);

        MessageTemplates.Rendered sent = templates.renderForSending(user(MANAGER), "sms-1", UUID.fromString(account));
        assertThat(sent.version()).isEqualTo(1);
        assertThat(sent.body()).isEqualTo("李雷您好，您在Creditor One的账户T-1尚欠1,000.00CNY，请尽快联系MANAGER。");

        // editing an approved template: a new draft, version 1 stays in use until 2 is
        // approved
        Api.Response v2 = analyst.post("/api/v1/templates/sms-1/versions", Map.of("body", GOOD_SMS + "回复TD退订。"));
        assertThat(v2.status()).as(v2.body()).isEqualTo(201);
        assertThat(v2.json().get("inUse").asInt()).isEqualTo(1);
        assertThat(v2.json().get("versions").get(0).get("status").asString()).isEqualTo("DRAFT");
        assertThat(templates.renderForSending(user(MANAGER), "sms-1", UUID.fromString(account)).version()).isEqualTo(1);
        // only its author edits a draft
        Api.Response notAuthor = api(tenant.user(MANAGER)).post("/api/v1/templates/sms-1/versions",
                Map.of("body", GOOD_SMS));
        assertThat(notAuthor.status()).isEqualTo(422);
        assertThat(notAuthor.json().get("type").asString()).contains("not-the-author");
        // editing the open draft replaces its text, no version 3
        assertThat(analyst.post("/api/v1/templates/sms-1/versions", Map.of("body", GOOD_SMS + "谢谢。"))
            .json()
            .get("versions")
            .get(0)
            .get("version")
            .asInt()).isEqualTo(2);
        analyst.post("/api/v1/templates/sms-1/versions/2/submit", Map.of());
        assertThat(templates.renderForSending(user(MANAGER), "sms-1", UUID.fromString(account)).version()).isEqualTo(1);
        Api.Response rejected = compliance.post("/api/v1/templates/sms-1/versions/2/reject",
                Map.of("comment", "语气再缓和一些"));
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("versions").get(0).get("status").asString()).isEqualTo("REJECTED");
        assertThat(rejected.json().get("versions").get(0).get("reviewComment").asString()).isEqualTo("语气再缓和一些");
        assertThat(rejected.json().get("inUse").asInt()).isEqualTo(1);

        analyst.post("/api/v1/templates/sms-1/versions", Map.of("body", GOOD_SMS + "祝好。"));
        analyst.post("/api/v1/templates/sms-1/versions/3/submit", Map.of());
        JsonNode v3 = compliance.post("/api/v1/templates/sms-1/versions/3/approve", Map.of()).json();
        assertThat(v3.get("inUse").asInt()).isEqualTo(3);
        assertThat(v3.get("versions").get(2).get("status").asString()).isEqualTo("RETIRED");
        assertThat(templates.renderForSending(user(MANAGER), "sms-1", UUID.fromString(account)).body()).endsWith("祝好。");

        // withdrawn: nothing to send
        assertThat(compliance.post("/api/v1/templates/sms-1/versions/3/retire", Map.of()).status()).isEqualTo(200);
        assertThat(compliance.post("/api/v1/templates/sms-1/versions/3/retire", Map.of()).status()).isEqualTo(409);
        assertThatThrownBy(() -> templates.renderForSending(user(MANAGER), "sms-1", UUID.fromString(account)))
            .isInstanceOf(BusinessRuleException.class);

        List<String> actions = jdbc
            .sql("select action from audit_entry where tenant_id = ? and entity_id = 'sms-1' order by seq")
            .param(tenant.id().value())
            .query(String.class)
            .list();
        assertThat(actions).contains("TEMPLATE_CREATED", "TEMPLATE_SUBMITTED", "TEMPLATE_APPROVED", "TEMPLATE_REJECTED",
                "TEMPLATE_VERSION_CREATED", "TEMPLATE_DRAFT_EDITED", "TEMPLATE_RETIRED");
    }

    @Test
    void theAuthorCannotReviewTheirOwnVersion() {
        assertThat(create(compliance, template("own", "SMS", "DEBTOR", "CN", GOOD_SMS)).status()).isEqualTo(201);
        compliance.post("/api/v1/templates/own/versions/1/submit", Map.of());
        Api.Response own = compliance.post("/api/v1/templates/own/versions/1/approve", Map.of());
        assertThat(own.status()).isEqualTo(422);
        assertThat(own.json().get("type").asString()).contains("four-eyes");
        assertThat(compliance.post("/api/v1/templates/own/versions/1/reject", Map.of("comment", "no")).status())
            .isEqualTo(422);

        Api admin = api(tenant.user(ADMIN));
        String second = "compliance2-" + tenant.code();
        assertThat(
                admin
                    .post("/api/v1/users",
                            Map.of("username", second, "displayName", "Second officer", "password", "password-9",
                                    "roles", List.of("COMPLIANCE")))
                    .status())
            .isBetween(200, 201);
        Api other = new Api(port, second, "password-9");
        assertThat(other.post("/api/v1/templates/own/versions/1/approve", Map.of()).status()).isEqualTo(200);
    }

    @Test
    void findingsBlockSubmitWithTheirOffsets() {
        String body = "李先生，再不还款就通知你单位。";
        create(analyst, template("threat", "SMS", "DEBTOR", "CN", body));
        Api.Response submit = analyst.post("/api/v1/templates/threat/versions/1/submit", Map.of());
        assertThat(submit.status()).as(submit.body()).isEqualTo(422);
        assertThat(submit.body()).contains("\"body\"").contains("通知");
        assertThat(submit.body()).containsPattern("\\[\\d+,\\d+\\)");
        JsonNode preview = analyst.post("/api/v1/templates/threat/preview", Map.of("accountId", account, "version", 1))
            .json();
        assertThat(preview.get("clean").asBoolean()).isFalse();
        JsonNode issue = preview.get("issues").get(0);
        assertThat(body.substring(issue.get("start").asInt(), issue.get("end").asInt())).contains("单位");

        // unknown placeholders are refused too
        create(analyst, template("unknown", "SMS", "DEBTOR", "CN", "{{debtorName}}您好，{{secret}}"));
        Api.Response unknown = analyst.post("/api/v1/templates/unknown/versions/1/submit", Map.of());
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body()).contains("{{secret}}");
    }

    @Test
    void thirdPartyScriptsMustNotTellTheDebt() {
        create(analyst, template("tp", "CALL", "THIRD_PARTY", "CN", "您好，请转告{{debtorName}}尽快还款，他欠了很多钱。"));
        Api.Response submit = analyst.post("/api/v1/templates/tp/versions/1/submit", Map.of());
        assertThat(submit.status()).as(submit.body()).isEqualTo(422);
        assertThat(submit.body()).contains("THIRD_PARTY_DISCLOSURE");
        // the same words to the debtor are fine
        create(analyst, template("tp-debtor", "CALL", "DEBTOR", "CN", "您好，请转告{{debtorName}}尽快还款，他欠了很多钱。"));
        Api.Response toDebtor = analyst.post("/api/v1/templates/tp-debtor/versions/1/submit", Map.of());
        assertThat(toDebtor.status()).as(toDebtor.body()).isEqualTo(200);

        create(analyst, template("tp-balance", "CALL", "THIRD_PARTY", "CN", "您好，请转告{{debtorName}}金额{{balance}}。"));
        Api.Response balance = analyst.post("/api/v1/templates/tp-balance/versions/1/submit", Map.of());
        assertThat(balance.status()).isEqualTo(422);
        assertThat(balance.body()).contains("{{balance}}");

        create(analyst, template("tp-ok", "CALL", "THIRD_PARTY", "CN", "您好，我是{{agentName}}，请{{debtorName}}方便时回电，谢谢。"));
        Api.Response ok = analyst.post("/api/v1/templates/tp-ok/versions/1/submit", Map.of());
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void usSmsAndEmailNeedAnOptOut() {
        String text = "Hello {{debtorName}}, please call {{agentName}} about account {{creditorRef}}.";
        create(analyst, template("us-sms", "SMS", "DEBTOR", "US", text));
        Api.Response refused = analyst.post("/api/v1/templates/us-sms/versions/1/submit", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("opt-out");
        analyst.post("/api/v1/templates/us-sms/versions", Map.of("body", text + " Reply STOP to opt out."));
        assertThat(analyst.post("/api/v1/templates/us-sms/versions/1/submit", Map.of()).status()).isEqualTo(200);

        create(analyst, template("us-mail", "EMAIL", "DEBTOR", "US", text + " {{optOutLink}}"));
        assertThat(analyst.post("/api/v1/templates/us-mail/versions/1/submit", Map.of()).status()).isEqualTo(200);
        // CN pack: no opt-out rule
        create(analyst, template("cn-sms", "SMS", "DEBTOR", "CN", GOOD_SMS));
        assertThat(analyst.post("/api/v1/templates/cn-sms/versions/1/submit", Map.of()).status()).isEqualTo(200);
        // SMS length
        create(analyst, template("long", "SMS", "DEBTOR", "CN", "您好".repeat(251)));
        Api.Response tooLong = analyst.post("/api/v1/templates/long/versions/1/submit", Map.of());
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body()).contains("500");
    }

    @Test
    void theRenderedTextIsScannedAgain() {
        JsonNode report = api(tenant.user(MANAGER)).upload("/api/v1/placements", Map.of("creditor", "C1"), "T-2.csv",
                "creditor_ref,debtor_name,phone_1,principal,first_delinquency_date\nT-2,脑残,13800138002,500,2026-01-15\n"
                    .getBytes(StandardCharsets.UTF_8))
            .json();
        assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("COMPLETED");
        String bad = analyst.get("/api/v1/accounts?ref=T-2").json().get("items").get(0).get("id").asString();
        create(analyst, template("hello", "SMS", "DEBTOR", "CN", "{{debtorName}}您好，请联系{{agentName}}。"));
        analyst.post("/api/v1/templates/hello/versions/1/submit", Map.of());
        assertThat(compliance.post("/api/v1/templates/hello/versions/1/approve", Map.of()).status()).isEqualTo(200);

        JsonNode preview = compliance.post("/api/v1/templates/hello/preview", Map.of("accountId", bad)).json();
        assertThat(preview.get("clean").asBoolean()).isFalse();
        assertThat(preview.get("issues").get(0).get("category").asString()).isEqualTo("INSULT");
        assertThatThrownBy(() -> templates.renderForSending(user(AGENT), "hello", UUID.fromString(bad)))
            .isInstanceOf(BusinessRuleException.class)
            .satisfies(ex -> assertThat(((BusinessRuleException) ex).type()).isEqualTo("rendered-findings"));
        assertThat(templates.renderForSending(user(AGENT), "hello", UUID.fromString(account)).body())
            .isEqualTo("李雷您好，请联系AGENT。");
    }

    @Test
    void badInputIsRefused() {
        Map<String, Object> bad = template("bad code!", "FAX", "DEBTOR", "CN", "x");
        Api.Response r = create(analyst, bad);
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("code").contains("channel");
        Map<String, Object> noSubject = template("mail", "EMAIL", "DEBTOR", "CN", "您好");
        noSubject.remove("subject");
        assertThat(create(analyst, noSubject).status()).isEqualTo(422);
        assertThat(analyst.get("/api/v1/templates?channel=FAX").status()).isEqualTo(400);
        assertThat(analyst.get("/api/v1/templates/nope").status()).isEqualTo(404);
        assertThat(analyst.post("/api/v1/templates/nope/versions/1/submit", Map.of()).status()).isEqualTo(404);
        create(analyst, template("p", "SMS", "DEBTOR", "CN", GOOD_SMS));
        assertThat(analyst.post("/api/v1/templates/p/versions/9/submit", Map.of()).status()).isEqualTo(404);
        assertThat(analyst.post("/api/v1/templates/p/preview", Map.of()).status()).isEqualTo(400);
        assertThat(
                analyst.post("/api/v1/templates/p/preview", Map.of("accountId", UUID.randomUUID().toString())).status())
            .isEqualTo(404);
    }

    @Test
    void templatesAreTenantScoped() {
        create(analyst, template("mine", "SMS", "DEBTOR", "CN", GOOD_SMS));
        TestTenant other = tenants.create();
        Api stranger = api(other.user(COMPLIANCE));
        assertThat(stranger.get("/api/v1/templates/mine").status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/templates").json().get("items").size()).isZero();
        assertThat(create(api(other.user(ANALYST)), template("mine", "SMS", "DEBTOR", "CN", GOOD_SMS)).status())
            .isEqualTo(201);
    }

    @Test
    void roleMatrix() {
        int n = 0;
        for (Role role : Role.values()) {
            Api api = api(tenant.user(role));
            boolean author = Set.of(ADMIN, MANAGER, COMPLIANCE, ANALYST).contains(role);
            String code = "r" + n++;
            assertThat(create(api, template(code, "SMS", "DEBTOR", "CN", GOOD_SMS)).status()).as(role.name())
                .isEqualTo(author ? 201 : 403);
            boolean reads = role != CREDITOR_VIEWER;
            assertThat(api.get("/api/v1/templates").status()).as(role.name()).isEqualTo(reads ? 200 : 403);
        }
        create(analyst, template("m", "SMS", "DEBTOR", "CN", GOOD_SMS));
        analyst.post("/api/v1/templates/m/versions/1/submit", Map.of());
        for (Role role : List.of(ADMIN, MANAGER, TEAM_LEAD, AGENT, LEGAL, ANALYST, CREDITOR_VIEWER)) {
            Api api = api(tenant.user(role));
            assertThat(api.post("/api/v1/templates/m/versions/1/approve", Map.of()).status()).as(role.name())
                .isEqualTo(403);
            assertThat(api.post("/api/v1/templates/m/versions/1/reject", Map.of("comment", "x")).status())
                .as(role.name())
                .isEqualTo(403);
        }
        for (Role role : List.of(MANAGER, TEAM_LEAD, AGENT, LEGAL, ANALYST, CREDITOR_VIEWER)) {
            assertThat(api(tenant.user(role)).post("/api/v1/templates/m/versions/1/retire", Map.of()).status())
                .as(role.name())
                .isEqualTo(403);
        }
        // a version in review is previewed by its author and compliance, not by an agent
        assertThat(api(tenant.user(AGENT)).post("/api/v1/templates/m/preview", Map.of("accountId", account)).status())
            .isEqualTo(403);
        assertThat(compliance.post("/api/v1/templates/m/preview", Map.of("accountId", account)).status())
            .isEqualTo(200);
        compliance.post("/api/v1/templates/m/versions/1/approve", Map.of());
        assertThat(api(tenant.user(AGENT)).post("/api/v1/templates/m/preview", Map.of("accountId", account)).status())
            .isEqualTo(200);
    }

    CurrentUser user(Role role) {
        return new CurrentUser(tenant.id(), UUID.randomUUID(), tenant.user(role), role.name(), Set.of(role), null,
                null);
    }

}
