package io.recoverydesk.kernel.web;

import jakarta.servlet.http.HttpServletRequest;

import io.recoverydesk.kernel.NotFoundException;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any {@code /api} path that no endpoint serves answers 404 as problem+json, like every
 * other API error.
 */
@RestController
class UnknownApiPath {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("No API endpoint at " + request.getRequestURI());
    }

}
