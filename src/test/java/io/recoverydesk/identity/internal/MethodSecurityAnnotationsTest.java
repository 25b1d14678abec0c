package io.recoverydesk.identity.internal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreFilter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * Only {@code @PreAuthorize} is enforced (ADR 0025: {@code prePostEnabled} is off and our
 * role-check interceptor takes its place), so an annotation no interceptor reads must not
 * creep in: it would look like a rule and guard nothing.
 */
class MethodSecurityAnnotationsTest {

    private static final String WHY = "only @PreAuthorize is enforced (ADR 0025); register an interceptor first";

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.recoverydesk");

    @Test
    void noMethodCarriesAnAnnotationNothingEnforces() {
        noMethods().should()
            .beAnnotatedWith(PostAuthorize.class)
            .orShould()
            .beAnnotatedWith(PreFilter.class)
            .orShould()
            .beAnnotatedWith(PostFilter.class)
            .orShould()
            .beAnnotatedWith(Secured.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .because(WHY)
            .check(this.classes);
    }

    @Test
    void noClassCarriesOneEither() {
        noClasses().should()
            .beAnnotatedWith(PostAuthorize.class)
            .orShould()
            .beAnnotatedWith(PreFilter.class)
            .orShould()
            .beAnnotatedWith(PostFilter.class)
            .orShould()
            .beAnnotatedWith(Secured.class)
            .orShould()
            .beAnnotatedWith(RolesAllowed.class)
            .because(WHY)
            .check(this.classes);
    }

}
