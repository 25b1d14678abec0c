package io.recoverydesk.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.StringUtils;

/**
 * Spring's {@code @Transactional} interceptor, remembering which transaction manager each
 * class uses. The framework's own looks for a {@code @Qualifier} on the target class on
 * every call (merged-annotation scan, ≈ 3 % of a payment's CPU); the answer cannot change
 * while the application runs, so it is looked up once per class (ADR 0025). A qualifier
 * on the annotation itself is still resolved (and cached) by the framework.
 */
class CachingTransactionInterceptor extends TransactionInterceptor {

    /**
     * The name under which Spring's transaction configuration registers its interceptor.
     */
    static final String BEAN_NAME = "transactionInterceptor";

    private final Map<Class<?>, TransactionManager> perClass = new ConcurrentHashMap<>();

    @Override
    protected @Nullable TransactionManager determineTransactionManager(@Nullable TransactionAttribute txAttr,
            @Nullable Class<?> targetClass) {
        if (txAttr == null || targetClass == null || StringUtils.hasText(txAttr.getQualifier())) {
            return super.determineTransactionManager(txAttr, targetClass);
        }
        TransactionManager known = this.perClass.get(targetClass);
        if (known != null) {
            return known;
        }
        TransactionManager found = super.determineTransactionManager(txAttr, targetClass);
        if (found != null) {
            this.perClass.putIfAbsent(targetClass, found);
        }
        return found;
    }

    /**
     * Puts this interceptor in place of the framework's before any bean is created (the
     * advisor that applies {@code @Transactional} takes the bean by this name).
     */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static BeanFactoryPostProcessor cachingTransactionInterceptor() {
            return beanFactory -> {
                if (!(beanFactory instanceof BeanDefinitionRegistry registry)
                        || !registry.containsBeanDefinition(BEAN_NAME)) {
                    return;
                }
                RootBeanDefinition definition = new RootBeanDefinition(CachingTransactionInterceptor.class);
                definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
                definition.getPropertyValues()
                    .add("transactionAttributeSource", new RuntimeBeanReference("transactionAttributeSource"));
                registry.removeBeanDefinition(BEAN_NAME);
                registry.registerBeanDefinition(BEAN_NAME, definition);
            };
        }

    }

}
