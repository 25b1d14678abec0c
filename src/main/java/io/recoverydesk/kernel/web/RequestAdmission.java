package io.recoverydesk.kernel.web;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Admission control (ADR 0017): at most {@code rd.web.admission.permits} ordinary
 * requests run at once; the others wait their turn in arrival order (at most
 * {@code rd.web.admission.max-wait}, then 503 with Retry-After). The paths an agent waits
 * on to start working — the next case — never queue behind them. On an overloaded server
 * this keeps "next" quick, keeps PostgreSQL and the two cores from thrashing between
 * hundreds of half-done requests, and lets the queue form in one visible place instead of
 * in the connection pool and the database's lock queues. Uploads (multipart), static
 * resources and health probes are not counted.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestAdmission extends OncePerRequestFilter {

    private final Gate gate;

    private final List<String> priorityPaths;

    RequestAdmission(@Value("${rd.web.admission.permits:}") Integer permits,
            @Value("${rd.web.admission.max-wait:30s}") Duration maxWait,
            @Value("${rd.web.admission.priority-paths:/api/v1/work/next,/work/next}") List<String> priorityPaths) {
        // unset: four per core (ADR 0017: under the benchmark's overload two per core
        // kept "next" quicker)
        this.gate = new Gate(permits != null ? permits : 4 * Runtime.getRuntime().availableProcessors(), maxWait);
        this.priorityPaths = List.copyOf(priorityPaths);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!gate.limited()) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String type = request.getContentType();
        return priorityPaths.contains(path) || path.startsWith("/actuator/") || path.startsWith("/css/")
                || path.startsWith("/js/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
                || (type != null && type.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!gate.enter()) {
            busy(request, response);
            return;
        }
        AtomicBoolean left = new AtomicBoolean();
        Runnable leave = () -> {
            if (left.compareAndSet(false, true)) {
                gate.leave();
            }
        };
        Admission.held(leave);
        try {
            chain.doFilter(request, response);
        }
        finally {
            Admission.ended();
            leave.run();
        }
    }

    private static void busy(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "1");
        response.setCharacterEncoding("UTF-8");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/problem+json");
            response.getWriter()
                .write("{\"type\":\"urn:recovery-desk:problem:busy\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"The server is busy; nothing was done. Try again in a moment.\"}");
        }
        else {
            response.setContentType("text/plain");
            response.getWriter().write("服务器繁忙，本次请求未处理，请稍后重试。 The server is busy; nothing was done. Try again.");
        }
    }

    /** Ordinary requests in flight, first come first served; permits ≤ 0 = no limit. */
    static final class Gate {

        private final Semaphore permits;

        private final long maxWaitNanos;

        Gate(int permits, Duration maxWait) {
            this.permits = permits > 0 ? new Semaphore(permits, true) : null;
            this.maxWaitNanos = maxWait.toNanos();
        }

        boolean limited() {
            return permits != null;
        }

        /**
         * True when the caller may go on (then it must {@link #leave()}); false when
         * busy.
         */
        boolean enter() {
            if (permits == null) {
                return true;
            }
            try {
                return permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void leave() {
            if (permits != null) {
                permits.release();
            }
        }

    }

}
