package cn.perftarget.ui.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Dependencies point one way: ui → workflow → domain. The domain knows neither Camunda nor Vaadin. Within each
 * module the packages form no cycle; in the ui the layout names no view (each view declares its own menu entry), and
 * screens read through the workflow's services, never through repositories, JDBC or the process engine.
 */
class LayerDependencyTest {

    private static final String UI = "cn.perftarget.ui..";

    /** Classes named {@code *Repository} or annotated {@code @Repository} (e.g. {@code AuditLog}). */
    private static final DescribedPredicate<JavaClass> REPOSITORIES = simpleNameEndingWith("Repository")
            .or(annotatedWith(Repository.class))
            .as("repositories");
    /** {@code JdbcTemplate}, {@code NamedParameterJdbcTemplate}, {@code JdbcClient} and the data source. */
    private static final DescribedPredicate<JavaClass> JDBC = assignableTo(JdbcOperations.class)
            .or(assignableTo(NamedParameterJdbcOperations.class))
            .or(assignableTo(JdbcClient.class))
            .or(assignableTo(DataSource.class))
            .as("JDBC");
    /** The engine's services and their query results; the BPMN model API ({@code org.camunda.bpm.model}) is fine. */
    private static final DescribedPredicate<JavaClass> ENGINE =
            resideInAPackage("org.camunda.bpm.engine..").as("the Camunda engine");

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
        noClasses()
                .that()
                .resideInAPackage("cn.perftarget.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.perftarget.workflow..", "cn.perftarget.ui..")
                .check(classes);
    }

    @Test
    void domainKnowsNoCamundaAndNoVaadin() {
        noClasses()
                .that()
                .resideInAPackage("cn.perftarget.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.camunda..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void workflowDoesNotDependOnUi() {
        noClasses()
                .that()
                .resideInAPackage("cn.perftarget.workflow..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("cn.perftarget.ui..", "com.vaadin..")
                .check(classes);
    }

    @Test
    void noPackageCycleInAnyModule() {
        slices().matching("cn.perftarget.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * The ui's part of {@link #noPackageCycleInAnyModule()}: screens that link both ways (list ↔ editor, review ↔
     * history, inbox ↔ review) name each other's view in one direction only; the other way goes through a small
     * interface of the lower package that the higher one implements ({@code EditorExit}, {@code HistoryLink},
     * {@code TableOpener}).
     */
    @Test
    void noPackageCycleInTheUi() {
        slices().matching("cn.perftarget.ui.(**)").should().beFreeOfCycles().check(classes);
    }

    /** The menu comes from the views' {@code @Menu}, filtered by their access annotations: the layout imports none. */
    @Test
    void theLayoutDependsOnNoView() {
        noClasses()
                .that()
                .resideInAPackage("cn.perftarget.ui.layout..")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Route.class)
                .check(classes);
    }

    /**
     * Screens read through the workflow's services. Violated today by {@code security.ScopedTables},
     * {@code review.ReviewLoader}, {@code review.ReviewView} and {@code review.LastCommentPanel} (user names),
     * {@code history.HistoryView}, {@code inbox.InboxView} and {@code inbox.InboxFilters} (organisations),
     * {@code notify.NotificationBell} and {@code notify.NotificationList}, {@code security.AppUserDetailsService}.
     */
    @Test
    void uiReadsNoRepository() {
        noClasses()
                .that()
                .resideInAPackage(UI)
                .should()
                .dependOnClassesThat(REPOSITORIES)
                .check(classes);
    }

    /** No SQL in the ui. Violated today by {@code tables.UnitTableQuery}. */
    @Test
    void uiUsesNoJdbc() {
        noClasses()
                .that()
                .resideInAPackage(UI)
                .should()
                .dependOnClassesThat(JDBC)
                .check(classes);
    }

    /**
     * The engine stays behind the workflow module; the history's diagram may read the BPMN model. Violated today by
     * {@code history.RoundProgress} ({@code HistoryService}).
     */
    @Test
    void uiUsesNoEngineService() {
        noClasses()
                .that()
                .resideInAPackage(UI)
                .should()
                .dependOnClassesThat(ENGINE)
                .check(classes);
    }

    @Test
    void theImportedClassesIncludeEveryModule() {
        // guards the rules above against passing on an empty import
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.domain.table"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.workflow.engine"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.ui.login"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.containPackage("cn.perftarget.ui.layout"))
                .isTrue();
    }
}
