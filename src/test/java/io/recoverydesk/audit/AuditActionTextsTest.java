package io.recoverydesk.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.recoverydesk.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page names each action in the reader's language: every action the code writes
 * by name has a text in both languages.
 */
class AuditActionTextsTest {

    /**
     * {@code audit.record(tenant, actor, "ACTION", ...)}: the third argument, a literal.
     */
    private static final Pattern RECORD = Pattern.compile("audit\\.record\\([^,;]+,[^,;]+,\\s*\"([A-Z][A-Z0-9_]+)\"");

    /**
     * Actions kept in constants
     * ({@code static final String X = "AGENT_PROFILE_CHANGED"}).
     */
    private static final Pattern CONSTANT = Pattern
        .compile("static final String [A-Z_]+ = \"((?:AGENT|TEMPLATE|USER|PAYMENT|ACCOUNT)_[A-Z0-9_]+)\"");

    @Test
    void everyActionWrittenByNameHasATextInBothLanguages() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : new Pattern[] { RECORD, CONSTANT }) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        assertThat(actions).contains("PAYMENT_POSTED", "USER_UPDATED", "AGENT_PROFILE_CHANGED").hasSizeGreaterThan(50);
        for (String bundle : new String[] { "messages", "messages_en" }) {
            Properties texts = Bundles.properties(bundle);
            assertThat(actions).as(bundle).allSatisfy(a -> assertThat(texts).containsKey("audit.action." + a));
        }
    }

}
