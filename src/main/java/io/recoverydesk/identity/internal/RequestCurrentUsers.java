package io.recoverydesk.identity.internal;

import java.util.Optional;

import io.recoverydesk.identity.CurrentUser;
import io.recoverydesk.identity.CurrentUsers;
import io.recoverydesk.kernel.CurrentTenant;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The current user from the request (set by {@link ActiveUserFilter}), or loaded from the
 * security context.
 */
@Component
class RequestCurrentUsers implements CurrentUsers {

    private final UserStore users;

    RequestCurrentUsers(UserStore users) {
        this.users = users;
    }

    @Override
    public Optional<CurrentUser> current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes != null && attributes.getAttribute(ActiveUserFilter.ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser user) {
            return Optional.of(user);
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return users.findByUsername(auth.getName()).map(ActiveUserFilter::toCurrentUser);
    }

}
