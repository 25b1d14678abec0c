package io.recoverydesk.identity.internal;

import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Set;

import io.recoverydesk.identity.Role;
import io.recoverydesk.identity.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty database: the home tenant and its {@code admin}, with
 * the password from RD_ADMIN_PASSWORD or a random one printed once.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    static final String HOME_TENANT = "main";

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Tenants tenants;

    private final UserStore users;

    private final IdentityProperties properties;

    BootstrapAdmin(Tenants tenants, UserStore users, IdentityProperties properties) {
        this.tenants = tenants;
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.usernameTaken("admin") || tenants.findByCode(HOME_TENANT).isPresent()) {
            return;
        }
        Tenants.Tenant home = tenants.create(HOME_TENANT, "Recovery Desk", "CN", Currency.getInstance("CNY"),
                ZoneId.of("Asia/Shanghai"));
        boolean generated = properties.adminPassword() == null || properties.adminPassword().isBlank();
        String password = generated ? randomPassword() : properties.adminPassword();
        tenants.createUser(home.id(), "admin", "Administrator", password, EnumSet.of(Role.ADMIN), Set.of(), null);
        if (generated) {
            log.warn("\n\n  First start: created user 'admin' with the generated password  {}\n"
                    + "  It is shown only this once. Set RD_ADMIN_PASSWORD to choose it yourself.\n", password);
        }
        else {
            log.info("First start: created user 'admin' with the password from RD_ADMIN_PASSWORD");
        }
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

}
