package io.recoverydesk.compliance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every contact passes the door: outside the compliance module's ledger repository no
 * production code or migration after the one that creates it writes the contact ledger
 * (the retention purge deletes through the repository too), and the repository is
 * package-private inside the module (so other modules cannot reach it;
 * {@code ModularityTests} verifies the module boundaries).
 */
class OnlyTheDoorWritesTheLedgerTest {

    static final Pattern WRITE = Pattern
        .compile("(?is)(insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(\\s+table)?)\\s+contact_ledger\\b");

    @Test
    void noCodeOutsideTheLedgerRepositoryWritesTheContactLedger() throws IOException {
        List<Path> writers;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            writers = files.filter(Files::isRegularFile)
                .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql"))
                .filter(p -> WRITE.matcher(read(p)).find())
                .toList();
        }
        assertThat(writers)
            .containsExactly(Path.of("src/main/java/io/recoverydesk/compliance/internal/ContactLedger.java"));
    }

    @Test
    void theLedgerRepositoryIsNotPublic() throws IOException {
        String source = read(Path.of("src/main/java/io/recoverydesk/compliance/internal/ContactLedger.java"));
        assertThat(source).contains("\nclass ContactLedger").doesNotContain("public class ContactLedger");
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
