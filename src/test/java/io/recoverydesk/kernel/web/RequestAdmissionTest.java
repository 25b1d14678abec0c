package io.recoverydesk.kernel.web;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class RequestAdmissionTest {

    @Test
    void theGateLetsInAsManyAsItHasPermitsAndTheNextOneAfterOneLeaves() {
        RequestAdmission.Gate gate = new RequestAdmission.Gate(2, Duration.ofMillis(20));
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).isTrue();
        assertThat(gate.enter()).as("third while two are in").isFalse();
        gate.leave();
        assertThat(gate.enter()).isTrue();
    }

    @Test
    void noPermitsMeansNoLimit() {
        RequestAdmission.Gate gate = new RequestAdmission.Gate(0, Duration.ofMillis(1));
        for (int i = 0; i < 1000; i++) {
            assertThat(gate.enter()).isTrue();
        }
        assertThat(gate.limited()).isFalse();
    }

    @Test
    void whenFullAnOrdinaryApiCallGets503WithRetryAfterWhileTheNextCaseStillGoesThrough() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(50),
                List.of("/api/v1/work/next", "/work/next"));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> {
                admission.doFilter(request("POST", "/api/v1/contacts"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        finish.await(5, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            MockHttpServletResponse busy = new MockHttpServletResponse();
            MockFilterChain notReached = new MockFilterChain();
            admission.doFilter(request("POST", "/api/v1/payments"), busy, notReached);
            assertThat(busy.getStatus()).isEqualTo(503);
            assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
            assertThat(busy.getContentType()).startsWith("application/problem+json");
            assertThat(busy.getContentAsString()).contains("urn:recovery-desk:problem:busy");
            assertThat(notReached.getRequest()).as("the busy call never reached the application").isNull();

            MockHttpServletResponse page = new MockHttpServletResponse();
            admission.doFilter(request("GET", "/work"), page, new MockFilterChain());
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getContentAsString()).contains("服务器繁忙");

            for (String path : List.of("/api/v1/work/next", "/work/next", "/actuator/health", "/css/app.css")) {
                MockFilterChain reached = new MockFilterChain();
                MockHttpServletResponse answer = new MockHttpServletResponse();
                admission.doFilter(request("GET", path), answer, reached);
                assertThat(reached.getRequest()).as(path + " does not wait").isNotNull();
                assertThat(answer.getStatus()).isEqualTo(200);
            }
            MockHttpServletRequest upload = request("POST", "/api/v1/placements");
            upload.setContentType("multipart/form-data; boundary=x");
            MockFilterChain uploaded = new MockFilterChain();
            admission.doFilter(upload, new MockHttpServletResponse(), uploaded);
            assertThat(uploaded.getRequest()).as("uploads are not counted").isNotNull();

            finish.countDown();
            holder.get(5, TimeUnit.SECONDS);
            MockFilterChain after = new MockFilterChain();
            admission.doFilter(request("POST", "/api/v1/payments"), new MockHttpServletResponse(), after);
            assertThat(after.getRequest()).as("admitted once the first call left").isNotNull();
        }
        finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void aRequestThatStepsAsideLetsTheNextInAndItsPermitIsGivenBackOnlyOnce() throws Exception {
        RequestAdmission admission = new RequestAdmission(1, Duration.ofMillis(50), List.of("/api/v1/work/next"));
        CountDownLatch aside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> waiting = pool.submit(() -> {
                admission.doFilter(request("POST", "/api/v1/payments"), new MockHttpServletResponse(), (req, res) -> {
                    Admission.stepAside();
                    Admission.stepAside();
                    aside.countDown();
                    try {
                        finish.await(5, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(aside.await(5, TimeUnit.SECONDS)).isTrue();
            MockFilterChain admitted = new MockFilterChain();
            admission.doFilter(request("POST", "/api/v1/payments"), new MockHttpServletResponse(), admitted);
            assertThat(admitted.getRequest()).as("admitted while the first one waits aside").isNotNull();
            finish.countDown();
            waiting.get(5, TimeUnit.SECONDS);

            // one permit, not two: a request holding it keeps the next one out
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            Future<?> holder = pool.submit(() -> {
                admission.doFilter(request("POST", "/api/v1/contacts"), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        done.await(5, TimeUnit.SECONDS);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            MockHttpServletResponse busy = new MockHttpServletResponse();
            admission.doFilter(request("POST", "/api/v1/payments"), busy, new MockFilterChain());
            assertThat(busy.getStatus()).isEqualTo(503);
            done.countDown();
            holder.get(5, TimeUnit.SECONDS);
        }
        finally {
            finish.countDown();
            pool.shutdownNow();
        }
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRequestURI(path);
        return request;
    }

}
