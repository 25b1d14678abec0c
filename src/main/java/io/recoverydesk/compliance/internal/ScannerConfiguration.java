package io.recoverydesk.compliance.internal;

import io.recoverydesk.compliance.scan.ContentScanner;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One content scanner, its lexicons read once at start (a broken lexicon stops the
 * start).
 */
@Configuration(proxyBeanMethods = false)
class ScannerConfiguration {

    @Bean
    ContentScanner contentScanner() {
        return ContentScanner.load();
    }

}
