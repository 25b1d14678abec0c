package io.recoverydesk.identity.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.aopalliance.intercept.MethodInvocation;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;

class RoleCheckAuthorizationTest {

    private final List<String> evaluated = new ArrayList<>();

    private final AuthorizationManager<MethodInvocation> spel = (authentication, invocation) -> {
        this.evaluated.add(invocation.getMethod().getName());
        return new AuthorizationDecision(true);
    };

    private final RoleCheckAuthorization authorization = new RoleCheckAuthorization(this.spel);

    @Test
    void roleListsAreReadAsRoles() {
        assertThat(RoleCheckAuthorization.roles("hasRole('ADMIN')"))
            .hasValueSatisfying(roles -> assertThat(roles).containsExactly("ADMIN"));
        assertThat(RoleCheckAuthorization.roles("hasAnyRole('ADMIN', 'MANAGER','TEAM_LEAD')"))
            .hasValueSatisfying(roles -> assertThat(roles).containsExactly("ADMIN", "MANAGER", "TEAM_LEAD"));
    }

    @Test
    void otherExpressionsAreNotRoleLists() {
        assertThat(RoleCheckAuthorization.roles("isAuthenticated()")).isEmpty();
        assertThat(RoleCheckAuthorization.roles("hasRole('ADMIN') and #id != null")).isEmpty();
        assertThat(RoleCheckAuthorization.roles("hasRole('ADMIN') or hasRole('AGENT')")).isEmpty();
        assertThat(RoleCheckAuthorization.roles("hasAuthority('ROLE_ADMIN')")).isEmpty();
    }

    @Test
    void aUserWithOneOfTheRolesMayCallTheMethod() throws NoSuchMethodException {
        assertThat(granted(user("AGENT"), "post")).isTrue();
        assertThat(granted(user("TEAM_LEAD", "ANALYST"), "post")).isTrue();
    }

    @Test
    void aUserWithoutTheRolesMayNot() throws NoSuchMethodException {
        assertThat(granted(user("ANALYST"), "post")).isFalse();
        assertThat(granted(user("AGENT"), "reverse")).isFalse();
        assertThat(granted(user(), "post")).isFalse();
    }

    @Test
    void theClassRuleHoldsForMethodsWithoutTheirOwn() throws NoSuchMethodException {
        assertThat(granted(user("ADMIN"), "list")).isTrue();
        assertThat(granted(user("AGENT"), "list")).isFalse();
    }

    @Test
    void otherExpressionsGoToSpringsManager() throws NoSuchMethodException {
        assertThat(granted(user("ANALYST"), "special")).isTrue();
        assertThat(granted(user("ANALYST"), "prefixed")).isTrue();
        assertThat(this.evaluated).containsExactly("special", "prefixed");
        assertThat(granted(user("ANALYST"), "post")).isFalse();
        assertThat(this.evaluated).as("role lists never reach SpEL").hasSize(2);
    }

    private boolean granted(Authentication user, String method) throws NoSuchMethodException {
        Desk target = new Desk();
        Method m = Desk.class.getDeclaredMethod(method);
        MethodInvocation invocation = new Invocation(target, m);
        return this.authorization.authorize(() -> user, invocation).isGranted();
    }

    private static Authentication user(String... roles) {
        String[] authorities = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            authorities[i] = "ROLE_" + roles[i];
        }
        TestingAuthenticationToken token = new TestingAuthenticationToken("someone", "secret", authorities);
        token.setAuthenticated(true);
        return token;
    }

    @PreAuthorize("hasRole('ADMIN')")
    static class Desk {

        @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD', 'AGENT')")
        void post() {
        }

        @PreAuthorize("hasAnyRole('ADMIN', 'MANAGER', 'TEAM_LEAD')")
        void reverse() {
        }

        void list() {
        }

        @PreAuthorize("isAuthenticated()")
        void special() {
        }

        @PreAuthorize("hasRole('ROLE_ANALYST')")
        void prefixed() {
        }

    }

    private record Invocation(Object getThis, Method getMethod) implements MethodInvocation {

        @Override
        public Object[] getArguments() {
            return new Object[0];
        }

        @Override
        public Object proceed() {
            return null;
        }

        @Override
        public java.lang.reflect.AccessibleObject getStaticPart() {
            return getMethod;
        }

    }

}
