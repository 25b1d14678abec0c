package io.recoverydesk.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;

/**
 * Spring Modulith's event publication repository without its PROCESSING mark (ADR 0021).
 * Before each listener runs, Modulith's registry opens a transaction of its own to set
 * the publication's status to PROCESSING; no part of Recovery Desk reads that status: an
 * incomplete publication is one without a completion date, whether it is being processed
 * or waits, and that is what the restart and the periodic resubmission deliver again. The
 * repository interface itself makes the mark optional (its default does nothing, as
 * Modulith's first JDBC schema did). Without it a publication goes from PUBLISHED
 * straight to COMPLETED (or FAILED), and a listener's delivery costs one transaction
 * fewer: the registry's transaction for the mark now sends nothing to the database.
 */
final class PublicationsWithoutProcessingMark implements BeanPostProcessor {

    static final String MARK_PROCESSING = "markProcessing";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof EventPublicationRepository repository) {
            return withoutProcessingMark(repository);
        }
        return bean;
    }

    /**
     * Every call but the mark goes to the given repository, default methods it may
     * override included (a proxy rather than a delegating class, so that methods a later
     * Modulith adds are forwarded too).
     */
    static EventPublicationRepository withoutProcessingMark(EventPublicationRepository repository) {
        return (EventPublicationRepository) Proxy.newProxyInstance(
                PublicationsWithoutProcessingMark.class.getClassLoader(),
                new Class<?>[] { EventPublicationRepository.class },
                (proxy, method, arguments) -> forward(repository, method, arguments));
    }

    private static Object forward(EventPublicationRepository repository, Method method, Object[] arguments)
            throws Throwable {
        if (method.getName().equals(MARK_PROCESSING)
                && method.getDeclaringClass() == EventPublicationRepository.class) {
            return null;
        }
        try {
            return method.invoke(repository, arguments);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

}
