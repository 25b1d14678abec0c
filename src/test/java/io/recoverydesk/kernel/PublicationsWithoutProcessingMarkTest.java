package io.recoverydesk.kernel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.modulith.events.core.EventPublicationRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PublicationsWithoutProcessingMarkTest {

    final EventPublicationRepository repository = mock(EventPublicationRepository.class);

    final EventPublicationRepository wrapped = (EventPublicationRepository) new PublicationsWithoutProcessingMark()
        .postProcessAfterInitialization(repository, "jdbcEventPublicationRepository");

    @Test
    void theProcessingMarkIsNotWritten() {
        wrapped.markProcessing(UUID.randomUUID());
        verify(repository, never()).markProcessing(any());
    }

    @Test
    void everythingElseReachesTheRepository() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        when(repository.findIncompletePublications()).thenReturn(List.of());
        when(repository.markResubmitted(id, now)).thenReturn(true);

        wrapped.markCompleted(id, now);
        wrapped.markFailed(id);
        assertThat(wrapped.markResubmitted(id, now)).isTrue();
        assertThat(wrapped.findIncompletePublications()).isEmpty();

        verify(repository).markCompleted(id, now);
        verify(repository).markFailed(id);
        verify(repository).findIncompletePublications();
    }

    @Test
    void theRepositorysExceptionsArriveUnwrapped() {
        when(repository.findIncompletePublications()).thenThrow(new QueryTimeoutException("slow"));
        assertThatThrownBy(wrapped::findIncompletePublications).isInstanceOf(QueryTimeoutException.class)
            .hasMessage("slow");
    }

    @Test
    void otherBeansAreLeftAlone() {
        Object other = new Object();
        assertThat(new PublicationsWithoutProcessingMark().postProcessAfterInitialization(other, "other"))
            .isSameAs(other);
    }

}
