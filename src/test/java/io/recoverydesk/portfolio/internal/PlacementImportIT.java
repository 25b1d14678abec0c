package io.recoverydesk.portfolio.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recoverydesk.Api;
import io.recoverydesk.IntegrationTest;
import io.recoverydesk.TestTenant;
import io.recoverydesk.demo.PortfolioGenerator;
import io.recoverydesk.identity.Role;
import io.recoverydesk.portfolio.OpenAccounts;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PlacementImportIT extends IntegrationTest {

    static final String HEADER = "creditor_ref,debtor_name,national_id,phone_1,phone_2,email,address,city,province,"
            + "product,principal,interest,fees,penalty,first_delinquency_date,last_payment_date,last_payment_amount\n";

    @Autowired
    OpenAccounts openAccounts;

    TestTenant tenant;

    Api manager;

    @BeforeEach
    void setUp() {
        tenant = tenants.create();
        manager = api(tenant.user(Role.MANAGER));
    }

    @AfterEach
    void disarmAndCheckNoOrphans() {
        FailureInjection.disarm();
        // PostgreSQL has no foreign keys on these tables (ADR 0009): the import keeps
        // them whole. "not in" a set (hashed by PostgreSQL): a new tenant in a test
        // database of thousands is estimated at one row, and the planner's nested loop
        // over a big file's rows took a minute
        UUID t = tenant.id().value();
        assertThat(jdbc.sql("""
                select count(*) from account a where a.tenant_id = ?
                  and (a.debtor_id not in (select d.id from debtor d where d.tenant_id = ?)
                    or a.creditor_id not in (select c.id from creditor c where c.tenant_id = ?))""")
            .params(t, t, t)
            .query(Long.class)
            .single()).as("accounts without their debtor or creditor").isZero();
        assertThat(jdbc.sql("""
                select count(*) from contact_point cp where cp.tenant_id = ?
                  and cp.debtor_id not in (select d.id from debtor d where d.tenant_id = ?)""")
            .params(t, t)
            .query(Long.class)
            .single()).as("contact points without their debtor").isZero();
    }

    Api.Response upload(String creditor, String mode, String fileName, byte[] content) {
        return manager.upload("/api/v1/placements",
                mode == null ? Map.of("creditor", creditor) : Map.of("creditor", creditor, "mode", mode), fileName,
                content);
    }

    Api.Response upload(String csv) {
        return upload("C1", null, "placement.csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    static final String LANGUAGE_HEADER = "creditor_ref,debtor_name,national_id,phone_1,principal,"
            + "first_delinquency_date,language\n";

    /**
     * The stored language of the debtor of the account with this ref (null when none).
     */
    String languageOfDebtorOf(String ref) {
        List<String> languages = jdbc.sql("""
                select d.language from account a join debtor d on d.tenant_id = a.tenant_id and d.id = a.debtor_id
                where a.tenant_id = ? and a.creditor_ref = ?""")
            .params(tenant.id().value(), ref)
            .query(String.class)
            .list();
        assertThat(languages).as("accounts with ref " + ref).hasSize(1);
        return languages.get(0);
    }

    JsonNode accountByRef(String ref) {
        return manager
            .get("/api/v1/accounts/"
                    + manager.get("/api/v1/accounts?ref=" + ref).json().get("items").get(0).get("id").asString())
            .json();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = ?")
            .param(tenant.id().value())
            .query(Long.class)
            .single();
    }

    @Test
    void importsAFileIntoDebtorsAccountsAndContactPoints() {
        Api.Response response = upload(HEADER
                + "A-1,李雷,110101199003074514,13800138000,,lilei@example.com,人民路1号,北京市,北京市,CREDIT_CARD,1000.00,50.5,10,0,2026-01-15,2026-03-01,200\n"
                + "A-2,李雷,110101199003074514,13800138000,13900139000,,,,,CONSUMER_LOAN,2000,0,0,0,2026-02-01,,\n"
                + "A-3,韩梅梅,,+86 139-0013-9001,,,,,,AUTO_LOAN,30000.99,0,0,0,2025-06-30,,\n");

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("rowsTotal").asInt()).isEqualTo(3);
        assertThat(body.get("rowsAccepted").asInt()).isEqualTo(3);
        assertThat(body.get("accountsCreated").asInt()).isEqualTo(3);
        assertThat(body.get("debtorsCreated").asInt()).isEqualTo(2);
        assertThat(body.get("totalBalance").decimalValue()).isEqualByComparingTo("33061.49");
        assertThat(count("account")).isEqualTo(3);
        assertThat(count("debtor")).isEqualTo(2);
        // 李雷: 138…, the email and the address from A-1, 139… from A-2 (138… again is the
        // same point); 韩梅梅: one phone
        assertThat(count("contact_point")).isEqualTo(5);

        JsonNode page = manager.get("/api/v1/accounts?ref=A-1").json();
        assertThat(page.get("total").asInt()).isEqualTo(1);
        String id = page.get("items").get(0).get("id").asString();
        JsonNode account = manager.get("/api/v1/accounts/" + id).json();
        assertThat(account.get("creditorCode").asString()).isEqualTo("C1");
        assertThat(account.get("balance").get("total").decimalValue()).isEqualByComparingTo("1060.50");
        assertThat(account.get("debtor").get("nationalIdMasked").asString()).isEqualTo("**************4514");
        assertThat(account.get("otherAccounts")).hasSize(1);
        assertThat(account.toString()).doesNotContain("110101199003074514").doesNotContain("13800138000");
        JsonNode phones = account.get("contactPoints");
        assertThat(phones.toString()).contains("+86 138****8000").contains("Asia/Shanghai").contains("人民路1号");
    }

    @Test
    void aLanguageColumnIsStoredInLowerCaseAndAnInvalidCodeRejectsOnlyItsRow() {
        Api.Response response = upload("C1", "lenient", "languages.csv",
                (LANGUAGE_HEADER + "G-1,陈小明,,13800138000,1000,2026-01-15,yue\n"
                        + "G-2,Tom Lee,,13900139000,1000,2026-01-15,EN\n"
                        + "G-3,何家豪,,13700137000,1000,2026-01-15,zh-HK\n" + "G-4,阿不都,,13600136000,1000,2026-01-15,ug\n"
                        + "G-5,王五,,13500135000,1000,2026-01-15,粤语\n" + "G-6,赵六,,13300133000,1000,2026-01-15,\n")
                    .getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(body.get("rowsAccepted").asInt()).isEqualTo(5);
        assertThat(body.get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(body.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(5);
            assertThat(e.get("column").asString()).isEqualTo("language");
            assertThat(e.get("code").asString()).isEqualTo("INVALID_LANGUAGE");
            assertThat(e.get("message").asString()).contains("粤语");
        });
        assertThat(languageOfDebtorOf("G-1")).isEqualTo("yue");
        assertThat(languageOfDebtorOf("G-2")).isEqualTo("en");
        assertThat(languageOfDebtorOf("G-3")).isEqualTo("zh-hk");
        assertThat(languageOfDebtorOf("G-4")).isEqualTo("ug");
        assertThat(languageOfDebtorOf("G-6")).isNull();
        assertThat(count("account")).isEqualTo(5);
        assertThat(accountByRef("G-3").get("debtor").get("language").asString()).isEqualTo("zh-hk");
        assertThat(accountByRef("G-6").get("debtor").get("language").isNull()).isTrue();
        UUID id = UUID.fromString(accountByRef("G-1").get("id").asString());
        assertThat(openAccounts.find(tenant.id(), id, LocalDate.now()))
            .hasValueSatisfying(a -> assertThat(a.language()).isEqualTo("yue"));
        assertThat(openAccounts.page(tenant.id(), null, 10, LocalDate.now()))
            .extracting(OpenAccounts.OpenAccount::language)
            .containsExactlyInAnyOrder("yue", "en", "zh-hk", "ug", null);
    }

    @Test
    void aLaterPlacementUpdatesAKnownDebtorsLanguageAndABlankOneKeepsIt() {
        upload(LANGUAGE_HEADER + "R-1,陈小明,110101199003074514,13800138000,1000,2026-01-15,yue\n"
                + "R-2,Tom Lee,,13900139000,1000,2026-01-15,en\n" + "R-3,何家豪,,13700137000,1000,2026-01-15,\n");

        // R-1 again and R-2 again (known refs); R-4 a new account of R-3's debtor (name
        // and phone)
        Api.Response second = upload(LANGUAGE_HEADER + "R-1,陈小明,110101199003074514,13800138000,900,2026-01-15,\n"
                + "R-2,Tom Lee,,13900139000,900,2026-01-15,zh\n" + "R-4,何家豪,,13700137000,500,2026-02-01,YUE\n");
        assertThat(second.json().get("accountsUpdated").asInt()).isEqualTo(2);
        assertThat(second.json().get("debtorsMatched").asInt()).isEqualTo(3);
        assertThat(languageOfDebtorOf("R-1")).as("a blank keeps the stored language").isEqualTo("yue");
        assertThat(languageOfDebtorOf("R-2")).isEqualTo("zh");
        assertThat(languageOfDebtorOf("R-3")).isEqualTo("yue");
        assertThat(languageOfDebtorOf("R-4")).isEqualTo("yue");

        // another creditor's file finds 陈小明 by national id and brings a language
        Api.Response other = upload("C2", null, "c2.csv",
                (LANGUAGE_HEADER + "S-1,陈小明,110101199003074514,,300,2026-03-01,en\n").getBytes(StandardCharsets.UTF_8));

        assertThat(other.json().get("debtorsMatched").asInt()).isEqualTo(1);
        assertThat(count("debtor")).isEqualTo(3);
        assertThat(languageOfDebtorOf("R-1")).isEqualTo("en");
        assertThat(languageOfDebtorOf("S-1")).isEqualTo("en");
    }

    @Test
    void aPhoneRepeatedWithinARowOrAcrossRowsOfOneDebtorIsStoredOnce() {
        Api.Response response = upload(HEADER + "D-1,王五,,13700137000,13700137000,,,,,,100,0,0,0,2026-01-15,,\n"
                + "D-2,王五,,13700137000,13600136000,,,,,,100,0,0,0,2026-01-15,,\n"
                + "D-3,王五,,13700137000,13600136000,,,,,,100,0,0,0,2026-01-15,,\n");
        assertThat(response.status()).isEqualTo(201);
        assertThat(count("debtor")).isEqualTo(1);
        assertThat(count("contact_point")).isEqualTo(2);
    }

    @Test
    void strictModeRejectsTheWholeFileAndReportsEveryBadRow() {
        String tomorrow = LocalDate.now().plusDays(2).toString();
        Api.Response response = upload(HEADER + "B-1,张三,,13800138000,,,,,,,1000,0,0,0,2026-01-15,,\n"
                + "B-2,李四,,12345,,,,,,,\"1,000.00\",0,0,0,2026-02-30,,\n" + "B-1,王五,,,,,,,,,10,0,0,0," + tomorrow
                + ",,\n" + ",赵六,,,,,,,,,-5,0,0,0,2026-01-01,,\n");

        assertThat(response.status()).isEqualTo(422);
        JsonNode body = response.json();
        assertThat(body.get("status").asString()).isEqualTo("REJECTED");
        assertThat(body.get("rowsRejected").asInt()).isEqualTo(3);
        assertThat(body.get("rowsAccepted").asInt()).isZero();
        String errors = body.get("errors").toString();
        assertThat(errors).contains("\"row\":2")
            .contains("INVALID_PHONE")
            .contains("INVALID_AMOUNT")
            .contains("INVALID_DATE")
            .contains("DUPLICATE_REF")
            .contains("FUTURE_DATE")
            .contains("REQUIRED")
            .contains("NEGATIVE_AMOUNT");
        assertThat(count("account")).isZero();
        assertThat(count("debtor")).isZero();
        assertThat(count("contact_point")).isZero();
        JsonNode stored = manager.get("/api/v1/placements/" + body.get("placementId").asString()).json();
        assertThat(stored.get("status").asString()).isEqualTo("REJECTED");
        assertThat(stored.get("errorsTotal").asInt()).isEqualTo(body.get("errorsTotal").asInt());
    }

    @Test
    void lenientModeStoresTheValidRowsAndTheReportIsDownloadable() {
        Api.Response response = upload("C1", "lenient", "p.csv",
                (HEADER + "L-1,张三,,13800138000,,,,,,,1000,0,0,0,2026-01-15,,\n"
                        + "L-2,李四,,,,,,,,,abc,0,0,0,2026-01-15,,\n")
                    .getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("rowsAccepted").asInt()).isEqualTo(1);
        assertThat(body.get("rowsRejected").asInt()).isEqualTo(1);
        assertThat(count("account")).isEqualTo(1);
        Api.Response csv = manager.get("/api/v1/placements/" + body.get("placementId").asString() + "/report.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("row,column,code,message").contains("2,\"principal\",\"INVALID_AMOUNT\"");
    }

    @Test
    void theSameFileTwiceIsADuplicateAndStoresNothingNew() {
        String csv = HEADER + "D-1,张三,,13800138000,,,,,,,1000,0,0,0,2026-01-15,,\n";
        Api.Response first = upload(csv);
        Api.Response second = upload(csv);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(second.json().get("duplicateOf").asString()).isEqualTo(first.json().get("placementId").asString());
        assertThat(count("account")).isEqualTo(1);
        assertThat(count("placement")).isEqualTo(1);
    }

    @Test
    void aKnownCreditorRefUpdatesBalancesAndAddsContactPoints() {
        upload(HEADER + "U-1,张三,,13800138000,,,,,,,1000,0,0,0,2026-01-15,,\n");
        Api.Response second = upload(
                HEADER + "U-1,张三,,13800138000,13900139000,,,,,,800,20,0,0,2026-01-15,2026-03-01,200\n");

        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().get("accountsUpdated").asInt()).isEqualTo(1);
        assertThat(second.json().get("accountsCreated").asInt()).isZero();
        JsonNode account = manager
            .get("/api/v1/accounts/"
                    + manager.get("/api/v1/accounts?ref=U-1").json().get("items").get(0).get("id").asString())
            .json();
        assertThat(account.get("balance").get("total").decimalValue()).isEqualByComparingTo("820.00");
        assertThat(account.get("contactPoints")).hasSize(2);
        assertThat(count("debtor")).isEqualTo(1);
        // a placement's accounts are those it created; the update keeps the account where
        // it came from
        upload(HEADER + "U-2,李四,,13700137000,,,,,,,500,0,0,0,2026-01-15,,\n");
        String firstPlacement = account.get("placement").get("id").asString();
        JsonNode created = manager.get("/api/v1/accounts?placement=" + firstPlacement).json();
        assertThat(created.get("total").asInt()).isEqualTo(1);
        assertThat(created.get("items").get(0).get("creditorRef").asString()).isEqualTo("U-1");
        assertThat(manager.get("/api/v1/accounts?placement=" + second.json().get("placementId").asString())
            .json()
            .get("total")
            .asInt()).isZero();
        assertThat(manager.get("/api/v1/accounts?placement=not-an-id").status()).isEqualTo(400);
    }

    @Test
    void debtorsMatchAcrossFilesAndCreditorsByNationalIdOrNameAndPhone() {
        upload(HEADER + "M-1,李雷,110101199003074514,13800138000,,,,,,,1000,0,0,0,2026-01-15,,\n"
                + "M-2,韩梅梅,,13900139000,,,,,,,1000,0,0,0,2026-01-15,,\n");
        Api.Response other = upload("C2", null, "c2.csv",
                (HEADER + "X-1,李雷,110101199003074514,,,,,,,,500,0,0,0,2026-01-15,,\n"
                        + "X-2,韩梅梅,,13900139000,,,,,,,500,0,0,0,2026-01-15,,\n"
                        + "X-3,韩梅梅,,13700137000,,,,,,,500,0,0,0,2026-01-15,,\n")
                    .getBytes(StandardCharsets.UTF_8));

        assertThat(other.json().get("debtorsMatched").asInt()).isEqualTo(2);
        assertThat(other.json().get("debtorsCreated").asInt()).isEqualTo(1);
        assertThat(count("debtor")).isEqualTo(3);
    }

    @Test
    void readsGbkExportsBomsAndQuotedFieldsWithCommasQuotesAndLineBreaks() {
        String csv = HEADER + "G-1,\"欧阳,娜娜\",,13800138000,,,\"建设路\"\"8\"\"号\n2单元\",,,,1000,0,0,0,2026-01-15,,\n";
        Api.Response gbk = upload("C1", null, "gbk.csv", csv.getBytes(Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(201);
        String id = manager.get("/api/v1/accounts?ref=G-1").json().get("items").get(0).get("id").asString();
        JsonNode account = manager.get("/api/v1/accounts/" + id).json();
        assertThat(account.get("debtor").get("name").asString()).isEqualTo("欧阳,娜娜");
        assertThat(account.get("contactPoints").toString()).contains("建设路\\\"8\\\"号\\n2单元");

        byte[] bom = ("\uFEFF" + HEADER.replace("creditor_ref", "CREDITOR_REF")
                + "G-2,王芳,,13800138000,,,,,,,1000,0,0,0,2026-01-15,,\n")
            .getBytes(StandardCharsets.UTF_8);
        Api.Response withBom = upload("C1", null, "bom.csv", bom);
        assertThat(withBom.status()).isEqualTo(201);
        assertThat(manager.get("/api/v1/accounts?q=王芳").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void readsXlsxWorkbooksWithDateAndNumberCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("accounts");
            String[] header = { "creditor_ref", "debtor_name", "phone_1", "principal", "first_delinquency_date" };
            for (int i = 0; i < header.length; i++) {
                sheet.value(0, i, header[i]);
            }
            sheet.value(1, 0, "X-1");
            sheet.value(1, 1, "陈静");
            sheet.value(1, 2, "13800138000");
            sheet.value(1, 3, 1234.56);
            sheet.value(1, 4, LocalDate.of(2026, 1, 15));
            sheet.style(1, 4).format("yyyy-mm-dd").set();
        }
        Api.Response response = upload("C1", null, "book.xlsx", out.toByteArray());

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode item = manager.get("/api/v1/accounts?ref=X-1").json().get("items").get(0);
        assertThat(item.get("balance").get("principal").decimalValue()).isEqualByComparingTo("1234.56");
    }

    @Test
    void aSavedColumnMappingReadsAnotherLayout() {
        Api.Response saved = manager.post("/api/v1/creditors/C1/mappings",
                Map.of("name", "bank-export", "columns", Map.of("creditor_ref", "合同号", "debtor_name", "客户姓名",
                        "principal", "剩余本金", "first_delinquency_date", "逾期日期", "language", "首选语言")));
        assertThat(saved.status()).isEqualTo(201);
        Api.Response response = manager.upload("/api/v1/placements", Map.of("creditor", "C1", "mapping", "bank-export"),
                "bank.csv",
                "合同号,客户姓名,剩余本金,逾期日期,备注,首选语言\nHT-1,孙丽,5000,2026-01-10,无,yue\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("warnings").toString()).contains("备注");
        assertThat(languageOfDebtorOf("HT-1")).isEqualTo("yue");
        Api.Response unknown = manager.upload("/api/v1/placements", Map.of("creditor", "C1", "mapping", "nope"),
                "bank.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(unknown.status()).isEqualTo(422);
    }

    @Test
    void malformedRequestsGetAProblemNamingTheProblemNeverA500() {
        assertProblem(manager.upload("/api/v1/placements", Map.of("creditor", "C1"), null, null), 400, "missing-file");
        assertProblem(upload("C1", null, "empty.csv", new byte[0]), 400, "empty-file");
        assertProblem(upload("NOPE", null, "p.csv", HEADER.getBytes(StandardCharsets.UTF_8)), 422, "unknown-creditor");
        assertProblem(upload("C1", null, "garbage.bin", new byte[] { 1, 2, 0, 5, (byte) 0xFF, 0, 7 }), 422,
                "malformed-file");
        assertProblem(upload("debtor_name,principal\n张三,100\n"), 422, "missing-columns");
        assertProblem(upload(HEADER), 422, "no-rows");
        assertProblem(upload("C1", "sloppy", "p.csv", HEADER.getBytes(StandardCharsets.UTF_8)), 400, "bad-mode");
        assertProblem(manager.upload("/api/v1/placements", Map.of(), "p.csv", HEADER.getBytes(StandardCharsets.UTF_8)),
                400, "missing-creditor");
        assertProblem(upload("C1", null, "broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }), 422, "malformed-file");
        assertThat(count("account")).isZero();
    }

    private static void assertProblem(Api.Response response, int status, String type) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).endsWith(":" + type);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    @Test
    void theSameFileUploadedTwiceAtOnceIsImportedOnceAndReportedAsDuplicateOnce() throws Exception {
        StringWriter file = new StringWriter();
        new PortfolioGenerator(5, LocalDate.now()).writeCsv(file, 3_000, "CC");
        byte[] content = file.toString().getBytes(StandardCharsets.UTF_8);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> upload("C1", null, "same.csv", content));
            var second = pool.submit(() -> upload("C1", null, "same.csv", content));
            java.util.List<Integer> statuses = java.util.List.of(first.get().status(), second.get().status());
            assertThat(statuses).containsExactlyInAnyOrder(201, 200);
        }
        finally {
            pool.shutdown();
        }
        assertThat(count("account")).isEqualTo(3_000);
        assertThat(count("placement")).isEqualTo(1);
    }

    @Test
    void twoDifferentFilesWithTheSameRefsAtOnceNeverDoubleAnAccount() throws Exception {
        String a = HEADER + "S-1,张三,,13800138000,,,,,,,100,0,0,0,2026-01-15,,\n"
                + "S-2,李四,,13900139000,,,,,,,200,0,0,0,2026-01-15,,\n";
        String b = HEADER + "S-1,张三,,13800138000,,,,,,,150,0,0,0,2026-01-15,,\n"
                + "S-3,王五,,13700137000,,,,,,,300,0,0,0,2026-01-15,,\n";
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> upload(a));
            var second = pool.submit(() -> upload(b));
            assertThat(first.get().status()).isEqualTo(201);
            assertThat(second.get().status()).isEqualTo(201);
        }
        finally {
            pool.shutdown();
        }
        assertThat(count("account")).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from account where tenant_id = ? and creditor_ref = 'S-1'")
            .param(tenant.id().value())
            .query(Long.class)
            .single()).isEqualTo(1);
    }

    @Test
    void aFailureAtAnyPointLeavesNoTraceOfTheFile() throws IOException {
        StringWriter big = new StringWriter();
        new PortfolioGenerator(7, LocalDate.now()).writeCsv(big, 12_000, "F");
        byte[] content = big.toString().getBytes(StandardCharsets.UTF_8);

        for (FailureInjection.Point point : new FailureInjection.Point[] { FailureInjection.Point.WHILE_READING,
                FailureInjection.Point.BEFORE_APPLY, FailureInjection.Point.AFTER_DEBTORS_INSERTED }) {
            FailureInjection.arm(point);
            Api.Response failed = upload("C1", "lenient", "big.csv", content);
            assertThat(failed.status()).as(point.name()).isEqualTo(500);
            assertThat(count("account")).as(point.name()).isZero();
            assertThat(count("debtor")).as(point.name()).isZero();
            assertThat(count("contact_point")).as(point.name()).isZero();
            assertThat(count("placement")).as(point.name()).isZero();
            assertThat(jdbc.sql("select count(*) from import_row").query(Long.class).single()).isZero();
        }
        FailureInjection.disarm();
        Api.Response retried = upload("C1", "lenient", "big.csv", content);
        assertThat(retried.status()).isEqualTo(201);
        assertThat(count("account")).isEqualTo(12_000);
    }

}
