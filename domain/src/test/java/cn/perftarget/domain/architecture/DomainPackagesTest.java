package cn.perftarget.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain's packages form no cycle (each package is a slice, sub-packages included: {@code rules} and
 * {@code rules.plan} are two), so each can be read and changed from the bottom up. The ui module checks every module
 * the same way; this test fails in the domain build already.
 */
class DomainPackagesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.perftarget.domain");
    }

    @Test
    void noPackageCycle() {
        slices().matching("cn.perftarget.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theRuleImplementationsDependOnTheRuleApiOnlyNotOnEachOtherOrTheCatalog() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "cn.perftarget.domain.rules.document..",
                        "cn.perftarget.domain.rules.funds..",
                        "cn.perftarget.domain.rules.goal..",
                        "cn.perftarget.domain.rules.indicator..",
                        "cn.perftarget.domain.rules.indicatorvalue..",
                        "cn.perftarget.domain.rules.plan..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "cn.perftarget.domain.rules.validation..",
                        "cn.perftarget.domain.rules.settings..",
                        "cn.perftarget.domain.rules.reference..",
                        "cn.perftarget.domain.cli..",
                        "org.springframework..")
                .check(classes);
    }
}
