package io.recoverydesk.kernel;

import io.recoverydesk.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.interceptor.TransactionInterceptor;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's {@code @Transactional} runs through the caching interceptor. */
class CachingTransactionInterceptorIT extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theTransactionAdvisorUsesTheCachingInterceptor() {
        assertThat(this.context.getBeansOfType(TransactionInterceptor.class).values()).singleElement()
            .isInstanceOf(CachingTransactionInterceptor.class);
    }

}
