package io.recoverydesk.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recoverydesk.compliance.TemplateAdministration;
import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import io.recoverydesk.kernel.TenantId;
import io.recoverydesk.portfolio.PortfolioAdministration;
import io.recoverydesk.scoring.ScoringAdministration;
import io.recoverydesk.strategy.StrategyAdministration;
import io.recoverydesk.team.TeamAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo tenant when it does not exist yet (unless RD_DEMO=false): four
 * creditors, two teams, one user per role, and 5,000 generated accounts imported through
 * the real placement import; two weeks of contact history ({@link DemoContactHistory});
 * work queues, promises, plans, settlements, payments, tasks and notes for the demo
 * agents ({@link DemoCasework}).
 */
@Component
@Order(10)
class DemoSeeder implements ApplicationRunner {

    static final String TENANT = "demo";

    static final String PASSWORD = "demo1234";

    static final int ACCOUNTS = 5_000;

    /** username → roles, team: one user per role plus more agents. */
    static final Map<String, DemoUser> USERS = new LinkedHashMap<>();

    record DemoUser(String displayName, Set<Role> roles, String team, Set<String> creditors) {
    }

    static {
        USERS.put("demo.admin", new DemoUser("赵敏（管理员）", EnumSet.of(Role.ADMIN), null, Set.of()));
        USERS.put("demo.manager", new DemoUser("孙立（主管）", EnumSet.of(Role.MANAGER), null, Set.of()));
        USERS.put("demo.lead", new DemoUser("周婷（组长）", EnumSet.of(Role.TEAM_LEAD), "T1", Set.of()));
        USERS.put("demo.agent", new DemoUser("王芳（催收员）", EnumSet.of(Role.AGENT), "T1", Set.of()));
        USERS.put("demo.agent2", new DemoUser("李雷（催收员）", EnumSet.of(Role.AGENT), "T2", Set.of()));
        USERS.put("demo.agent3", new DemoUser("张丽（催收员，兼职）", EnumSet.of(Role.AGENT), "T1", Set.of()));
        USERS.put("demo.agent4", new DemoUser("吴刚（催收员）", EnumSet.of(Role.AGENT), "T2", Set.of()));
        USERS.put("demo.specialist", new DemoUser("郑强（专案组）", EnumSet.of(Role.AGENT), "SPEC", Set.of()));
        USERS.put("demo.compliance", new DemoUser("陈静（合规）", EnumSet.of(Role.COMPLIANCE), null, Set.of()));
        USERS.put("demo.legal", new DemoUser("刘洋（法务）", EnumSet.of(Role.LEGAL), null, Set.of()));
        USERS.put("demo.analyst", new DemoUser("黄磊（策略）", EnumSet.of(Role.ANALYST), null, Set.of()));
        USERS.put("demo.creditor", new DemoUser("华信银行（委托方）", EnumSet.of(Role.CREDITOR_VIEWER), null, Set.of("HXCC")));
    }

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final Tenants tenants;

    private final PortfolioAdministration portfolio;

    private final Clock clock;

    private final boolean enabled;

    private final DemoContactHistory history;

    private final DemoCasework casework;

    private final DemoPaymentBehaviour paymentBehaviour;

    private final ScoringAdministration scoring;

    private final StrategyAdministration strategy;

    private final TeamAdministration team;

    private final TemplateAdministration templates;

    DemoSeeder(Tenants tenants, PortfolioAdministration portfolio, DemoContactHistory history, DemoCasework casework,
            DemoPaymentBehaviour paymentBehaviour, ScoringAdministration scoring, StrategyAdministration strategy,
            TeamAdministration team, TemplateAdministration templates, Clock clock,
            @Value("${rd.demo.enabled:true}") boolean enabled) {
        this.team = team;
        this.templates = templates;
        this.paymentBehaviour = paymentBehaviour;
        this.scoring = scoring;
        this.strategy = strategy;
        this.history = history;
        this.casework = casework;
        this.tenants = tenants;
        this.portfolio = portfolio;
        this.clock = clock;
        this.enabled = enabled;
    }

    /**
     * The message templates the default strategy's digital steps send, written by the
     * analyst and approved by compliance (four eyes), so that the first run's messages
     * are ready to send rather than blocked for want of a template.
     */
    static final List<TemplateAdministration.Template> DEMO_TEMPLATES = List.of(
            new TemplateAdministration.Template("REMINDER_SMS", "还款提醒短信", "INITIAL_COLLECTION", "SMS", "DEBTOR",
                    "zh-CN", "CN", null,
                    "{{debtorName}}您好，您在{{creditorName}}的账户{{creditorRef}}尚有{{balance}}{{currency}}待还，"
                            + "请尽快安排还款；如有疑问请联系{{agentName}}。回复TD退订。"),
            new TemplateAdministration.Template("REMINDER_EMAIL", "还款提醒邮件", "INITIAL_COLLECTION", "EMAIL", "DEBTOR",
                    "zh-CN", "CN", "{{creditorName}}账户还款提醒",
                    "{{debtorName}}您好：\n\n您在{{creditorName}}的账户（{{creditorRef}}）目前待还{{balance}}{{currency}}，"
                            + "已逾期{{dpd}}天。请尽快还款，或与我们联系商量还款安排。\n\n您的专属催收员：{{agentName}}\n\n"
                            + "如不希望再收到此类邮件，请点击：{{optOutLink}}"),
            new TemplateAdministration.Template("FOLLOW_UP_SMS", "跟进短信", "FOCUSED_FOLLOW_UP", "SMS", "DEBTOR", "zh-CN",
                    "CN", null, "{{debtorName}}您好，您在{{creditorName}}的账户{{creditorRef}}仍有{{balance}}{{currency}}未还。"
                            + "如还款有困难，可联系{{agentName}}商量分期。回复TD退订。"));

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!enabled || tenants.findByCode(TENANT).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Tenants.Tenant tenant = tenants.create(TENANT, "示范催收公司 (Demo Collections)", "CN", Currency.getInstance("CNY"),
                zone);
        for (PortfolioGenerator.CreditorProfile c : PortfolioGenerator.CREDITORS) {
            portfolio.createCreditor(tenant.id(), "demo-seed", c.code(), c.name());
        }
        tenants.createTeam(tenant.id(), "T1", "一组（信用卡与消费贷）", Set.of("HXCC", "AXCF"));
        tenants.createTeam(tenant.id(), "T2", "二组（车贷与小微）", Set.of("RTAF", "ZLSB"));
        tenants.createTeam(tenant.id(), "SPEC", "专案组（大额与复杂案件）", Set.of("HXCC", "AXCF", "RTAF", "ZLSB"));
        USERS.forEach((username, u) -> tenants.createUser(tenant.id(), username, u.displayName(), PASSWORD, u.roles(),
                u.creditors(), u.team()));
        Map<String, StringBuilder> files = new LinkedHashMap<>();
        PortfolioGenerator.CREDITORS
            .forEach(c -> files.put(c.code(), new StringBuilder(PortfolioGenerator.HEADER + "\n")));
        new PortfolioGenerator(20261123L, LocalDate.now(clock.withZone(zone))).generate(ACCOUNTS, "D",
                a -> files.get(a.creditor().code()).append(a.csvLine()).append('\n'));
        int imported = 0;
        for (var entry : files.entrySet()) {
            var summary = portfolio.importPlacement(tenant.id(), "demo-seed", entry.getKey(),
                    "demo-" + entry.getKey().toLowerCase() + ".csv",
                    new ByteArrayInputStream(entry.getValue().toString().getBytes(StandardCharsets.UTF_8)));
            imported += summary.accountsCreated();
            if (summary.errors() > 0) {
                log.warn("Demo placement for {} had {} invalid rows", entry.getKey(), summary.errors());
            }
        }
        long importedAt = System.nanoTime();
        int contacts = history.record(tenant.id(), zone, "demo.agent", Set.of("HXCC", "AXCF"), 7)
                + history.record(tenant.id(), zone, "demo.agent2", Set.of("RTAF", "ZLSB"), 8);
        long contactsAt = System.nanoTime();
        DemoCasework.Counts work = casework.seed(tenant.id(), zone);
        long caseworkAt = System.nanoTime();
        int behaviour = paymentBehaviour.seed(tenant.id(), zone);
        int model = scoring.trainAndScore(tenant.id(), "demo-seed");
        roster(tenant.id(), LocalDate.now(clock.withZone(zone)));
        DEMO_TEMPLATES.forEach(t -> templates.publish(tenant.id(), "demo.analyst", "demo.compliance", t));
        strategy.runNow(tenant.id(), "demo.analyst");
        long done = System.nanoTime();
        log.info(
                "Seeded the demo tenant in {} ms: {} accounts ({} ms), {} contacts ({} ms), casework {} ({} ms),"
                        + " {} payments by the behaviour process, propensity model v{}, a strategy run ({} ms)",
                (done - started) / 1_000_000, imported, (importedAt - started) / 1_000_000, contacts,
                (contactsAt - importedAt) / 1_000_000, work, (caseworkAt - contactsAt) / 1_000_000, behaviour, model,
                (done - caseworkAt) / 1_000_000);
    }

    /**
     * Working profiles the allocation reads: a part-timer, an agent on sick leave this
     * week, two agents who speak Cantonese, and a specialist who also does legal reviews
     * and speaks English.
     */
    private void roster(TenantId tenant, LocalDate today) {
        BigDecimal fullTime = new BigDecimal("40");
        team.profile(tenant, "demo.manager", "demo.agent", Set.of(), Set.of(), 300, fullTime);
        team.profile(tenant, "demo.manager", "demo.agent2", Set.of(), Set.of("yue"), 300, fullTime);
        team.profile(tenant, "demo.manager", "demo.agent3", Set.of(), Set.of("yue"), 300, new BigDecimal("24"));
        team.profile(tenant, "demo.manager", "demo.agent4", Set.of(), Set.of(), 300, fullTime);
        team.profile(tenant, "demo.manager", "demo.specialist", Set.of(), Set.of("LEGAL", "en"), 150, fullTime);
        team.absence(tenant, "demo.manager", "demo.agent4", today, today.plusDays(4), "SICK", "病假");
    }

    static List<String> logins() {
        return USERS.keySet().stream().toList();
    }

}
