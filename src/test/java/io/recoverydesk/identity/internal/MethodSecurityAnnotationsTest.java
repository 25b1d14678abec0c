package io.recoverydesk.identity.internal;

import java.lang.annotation.Annotation;
import java.util.List;

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

    /** Method security annotations that nothing reads here. */
    private static final List<Class<? extends Annotation>> UNENFORCED = List.of(PostAuthorize.class, PreFilter.class,
            PostFilter.class, Secured.class, RolesAllowed.class);

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.recoverydesk");

    @Test
    void noClassOrMethodCarriesAnAnnotationNothingEnforces() {
        for (Class<? extends Annotation> annotation : UNENFORCED) {
            noMethods().should().beAnnotatedWith(annotation).because(WHY).check(this.classes);
            noClasses().should().beAnnotatedWith(annotation).because(WHY).check(this.classes);
        }
    }

}
