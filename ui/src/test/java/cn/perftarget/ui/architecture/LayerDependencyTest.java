package cn.perftarget.ui.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Dependencies point one way: ui → workflow → domain. The domain knows neither Camunda nor Vaadin. */
class LayerDependencyTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // the other modules' test jars (a reactor build from package on): test helpers are no module's code
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("cn.perftarget");
    }

    @Test
    void domainDependsOnNeitherWorkflowNorUi() {
        noClasses().that().resideInAPackage("cn.perftarget.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.perftarget.workflow..", "cn.perftarget.ui..")
                .check(classes);
    }

    @Test
    void domainKnowsNoCamundaAndNoVaadin() {
        noClasses().that().resideInAPackage("cn.perftarget.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.camunda..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void workflowDoesNotDependOnUi() {
        noClasses().that().resideInAPackage("cn.perftarget.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.perftarget.ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void noPackageCycleInAnyModule() {
        slices().matching("cn.perftarget.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theImportedClassesIncludeEveryModule() {
        // guards the rules above against passing on an empty import
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.domain.table")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.workflow.engine")).isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.ui.login")).isTrue();
    }
}
