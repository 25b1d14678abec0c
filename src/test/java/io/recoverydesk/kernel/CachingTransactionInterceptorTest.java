package io.recoverydesk.kernel;

import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CachingTransactionInterceptorTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();

    private final AnnotationTransactionAttributeSource attributes = new AnnotationTransactionAttributeSource(false);

    private final CachingTransactionInterceptor interceptor = new CachingTransactionInterceptor();

    CachingTransactionInterceptorTest() {
        RootBeanDefinition main = new RootBeanDefinition(Manager.class);
        main.setPrimary(true);
        this.beans.registerBeanDefinition("main", main);
        this.beans.registerBeanDefinition("reporting", new RootBeanDefinition(Manager.class));
        this.interceptor.setBeanFactory(this.beans);
        this.interceptor.setTransactionAttributeSource(this.attributes);
    }

    @Test
    void aClassWithoutQualifierUsesThePrimaryManagerEveryTime() throws NoSuchMethodException {
        TransactionManager first = managerOf(Plain.class, "work");
        assertThat(first).isSameAs(this.beans.getBean("main"));
        assertThat(managerOf(Plain.class, "work")).isSameAs(first);
    }

    @Test
    void aQualifierOnTheClassStillChoosesItsManager() throws NoSuchMethodException {
        assertThat(managerOf(Reporting.class, "work")).isSameAs(this.beans.getBean("reporting"));
        assertThat(managerOf(Reporting.class, "work")).isSameAs(this.beans.getBean("reporting"));
        assertThat(managerOf(Plain.class, "work")).isSameAs(this.beans.getBean("main"));
    }

    @Test
    void aQualifierOnTheAnnotationWinsOverTheClassAnswer() throws NoSuchMethodException {
        assertThat(managerOf(Plain.class, "work")).isSameAs(this.beans.getBean("main"));
        assertThat(managerOf(Plain.class, "report")).isSameAs(this.beans.getBean("reporting"));
    }

    private TransactionManager managerOf(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getDeclaredMethod(method);
        TransactionAttribute attribute = this.attributes.getTransactionAttribute(m, type);
        assertThat(attribute).isNotNull();
        return this.interceptor.determineTransactionManager(attribute, type);
    }

    static class Plain {

        @Transactional
        void work() {
        }

        @Transactional("reporting")
        void report() {
        }

    }

    @Qualifier("reporting")
    static class Reporting {

        @Transactional
        void work() {
        }

    }

    static class Manager extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }

    }

}
