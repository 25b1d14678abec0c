package io.recoverydesk.kernel;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

class EventRegistryCommitsTest {

    /**
     * The names are Spring Modulith's: an upgrade that renames or merges these methods
     * (Modulith 2.2 completes inside the listener's transaction) must be noticed here.
     */
    @Test
    void theBookkeepingNamesAreModulithsOwnTransactions() throws Exception {
        for (String name : EventRegistryCommits.BOOKKEEPING) {
            int dot = name.lastIndexOf('.');
            Class<?> type = Class.forName(name.substring(0, dot));
            Method method = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name.substring(dot + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is gone"));
            Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
            assertThat(transactional).as(name).isNotNull();
            assertThat(transactional.propagation()).as(name).isEqualTo(Propagation.REQUIRES_NEW);
        }
    }

}
