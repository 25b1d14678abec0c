package io.recoverydesk.kernel;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class PublicationBookkeepingTest {

    final EventPublicationRepository repository = mock(EventPublicationRepository.class);

    final CompletedPublicationDeletes deletes = mock(CompletedPublicationDeletes.class);

    final EventPublicationRepository wrapped = PublicationBookkeeping.wrap(repository, () -> deletes);

    final UUID id = UUID.randomUUID();

    final Instant now = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theProcessingMarkIsNotWritten() {
        wrapped.markProcessing(id);
        verify(repository, never()).markProcessing(any());
    }

    @Test
    void aCompletionByIdIsLeftToTheBatchDeletes() {
        when(deletes.offer(id)).thenReturn(true);
        wrapped.markCompleted(id, now);
        verify(deletes).offer(id);
        verify(repository, never()).markCompleted(id, now);
    }

    @Test
    void aCompletionOfTheRegistrysPublicationIsLeftToTheBatchDeletesAndMarkedInMemory() {
        TargetEventPublication publication = mock(TargetEventPublication.class);
        when(publication.getIdentifier()).thenReturn(id);
        when(deletes.offer(id)).thenReturn(true);
        wrapped.markCompleted(publication, now);
        verify(deletes).offer(id);
        verify(publication).markCompleted(now);
        verify(repository, never()).markCompleted(publication, now);
        verify(repository, never()).markCompleted(id, now);
    }

    @Test
    void aCompletionTheDeletesRefuseOrWithoutThemIsTheRepositorysAgain() {
        when(deletes.offer(id)).thenReturn(false);
        wrapped.markCompleted(id, now);
        verify(repository).markCompleted(id, now);

        UUID other = UUID.randomUUID();
        PublicationBookkeeping.wrap(repository, () -> null).markCompleted(other, now);
        verify(repository).markCompleted(other, now);
    }

    @Test
    void aCompletionByEventAndListenerIsTheRepositorys() {
        PublicationTargetIdentifier listener = PublicationTargetIdentifier.of("listener");
        wrapped.markCompleted("event", listener, now);
        verify(repository).markCompleted("event", listener, now);
        verify(deletes, never()).offer(any());
    }

    @Test
    void everythingElseReachesTheRepository() {
        when(repository.findIncompletePublications()).thenReturn(List.of());
        when(repository.markResubmitted(id, now)).thenReturn(true);

        wrapped.markFailed(id);
        assertThat(wrapped.markResubmitted(id, now)).isTrue();
        assertThat(wrapped.findIncompletePublications()).isEmpty();
        wrapped.deletePublications(List.of(id));

        verify(repository).markFailed(id);
        verify(repository).findIncompletePublications();
        verify(repository).deletePublications(List.of(id));
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
        assertThat(new PublicationBookkeeping().postProcessAfterInitialization(other, "other")).isSameAs(other);
    }

}
