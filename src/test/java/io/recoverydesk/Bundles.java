package io.recoverydesk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles as unit tests read them. */
public final class Bundles {

    private Bundles() {
    }

    /** The bundles as the application resolves them: UTF-8, no system-locale fallback. */
    public static ResourceBundleMessageSource messages(String... basenames) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** One bundle file's keys and texts, e.g. {@code messages-problems_en}. */
    public static Properties properties(String name) {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream("/" + name + ".properties")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return properties;
    }

}
