package io.recoverydesk.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Spring Modulith's event publication repository with lighter bookkeeping. Without its
 * PROCESSING mark (ADR 0021): before each listener runs, Modulith's registry opens a
 * transaction of its own to set the publication's status to PROCESSING; no part of
 * Recovery Desk reads that status: an incomplete publication is one without a completion
 * date, whether it is being processed or waits, and that is what the restart and the
 * periodic resubmission deliver again. The repository interface itself makes the mark
 * optional (its default does nothing, as Modulith's first JDBC schema did). And with
 * completions handed to {@link CompletedPublicationDeletes} when it exists (ADR 0022):
 * the completed publication is deleted a moment later, together with others, instead of
 * in a transaction of its own per listener.
 */
final class PublicationBookkeeping implements BeanPostProcessor, BeanFactoryAware {

    static final String MARK_PROCESSING = "markProcessing";

    static final String MARK_COMPLETED = "markCompleted";

    private Supplier<CompletedPublicationDeletes> deletes = () -> null;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        ObjectProvider<CompletedPublicationDeletes> provider = beanFactory
            .getBeanProvider(CompletedPublicationDeletes.class);
        this.deletes = provider::getIfAvailable;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof EventPublicationRepository repository) {
            return wrap(repository, deletes);
        }
        return bean;
    }

    /**
     * Every call but the two marks goes to the given repository, default methods it may
     * override included (a proxy rather than a delegating class, so that methods a later
     * Modulith adds are forwarded too). The completion of a publication by its id goes to
     * the deletes the supplier gives, looked up at the call; to the repository when there
     * are none or they stopped.
     */
    static EventPublicationRepository wrap(EventPublicationRepository repository,
            Supplier<CompletedPublicationDeletes> deletes) {
        return (EventPublicationRepository) Proxy.newProxyInstance(PublicationBookkeeping.class.getClassLoader(),
                new Class<?>[] { EventPublicationRepository.class },
                (proxy, method, arguments) -> forward(repository, deletes, method, arguments));
    }

    /**
     * Whether the deletes took over the completion of the publication (named by its id,
     * or the registry's in-memory publication, which is marked completed here as the
     * repository's own default method would).
     */
    private static boolean completedLater(Supplier<CompletedPublicationDeletes> deletes, Object publication,
            Instant at) {
        UUID id = publication instanceof UUID uuid ? uuid
                : publication instanceof TargetEventPublication target ? target.getIdentifier() : null;
        CompletedPublicationDeletes later = id == null ? null : deletes.get();
        if (later == null || !later.offer(id)) {
            return false;
        }
        if (publication instanceof TargetEventPublication target) {
            target.markCompleted(at);
        }
        return true;
    }

    private static Object forward(EventPublicationRepository repository, Supplier<CompletedPublicationDeletes> deletes,
            Method method, Object[] arguments) throws Throwable {
        if (method.getDeclaringClass() == EventPublicationRepository.class) {
            if (method.getName().equals(MARK_PROCESSING)) {
                return null;
            }
            if (method.getName().equals(MARK_COMPLETED) && arguments.length == 2 && arguments[1] instanceof Instant at
                    && completedLater(deletes, arguments[0], at)) {
                return null;
            }
        }
        try {
            return method.invoke(repository, arguments);
        }
        catch (InvocationTargetException ex) {
            throw ex.getCause();
        }
    }

}
