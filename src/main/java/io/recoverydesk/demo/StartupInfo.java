package io.recoverydesk.demo;

import io.recoverydesk.identity.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the app runs and, when the demo tenant exists, its logins. */
@Component
class StartupInfo {

    private static final Logger log = LoggerFactory.getLogger(StartupInfo.class);

    private final Tenants tenants;

    private final boolean demoEnabled;

    StartupInfo(Tenants tenants, @Value("${rd.demo.enabled:true}") boolean demoEnabled) {
        this.tenants = tenants;
        this.demoEnabled = demoEnabled;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder sb = new StringBuilder("\n\n  Recovery Desk (回款台) is running at http://localhost:").append(port)
            .append("/\n");
        if (demoEnabled && tenants.findByCode(DemoSeeder.TENANT).isPresent()) {
            sb.append("  Demo logins (password ").append(DemoSeeder.PASSWORD).append("):\n");
            DemoSeeder.USERS.forEach((username, u) -> sb.append(
                    String.format("    %-16s %s%n", username, u.roles().stream().map(Enum::name).sorted().toList())));
        }
        sb.append("  Administrator: admin (password from RD_ADMIN_PASSWORD, or printed once at the first start)\n");
        log.info(sb.toString());
    }

}
