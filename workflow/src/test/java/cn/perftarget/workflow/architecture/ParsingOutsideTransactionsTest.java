package cn.perftarget.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import cn.perftarget.domain.importer.PasteImporter;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pasted text is read before a transaction opens (入侵防范): no transactional method of the workflow, nor any method of
 * a transactional class, reads a paste — neither with the importer nor through the service's own parsing step — so
 * that reading a large paste holds no database connection, no row lock and no transaction.
 */
class ParsingOutsideTransactionsTest {

    /** the classes whose methods read a paste */
    private static final Set<String> READERS = Set.of(
            PasteImporter.class.getName(),
            "cn.perftarget.workflow.approval.PasteParsing",
            "cn.perftarget.domain.office.OfficeImporter",
            "cn.perftarget.workflow.approval.FileParsing",
            "cn.perftarget.workflow.department.DepartmentPartReading");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        "cn.perftarget.workflow", "cn.perftarget.domain.importer", "cn.perftarget.domain.office");
    }

    @Test
    void noTransactionalMethodReadsAPaste() {
        methods()
                .that()
                .areAnnotatedWith(Transactional.class)
                .or()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Transactional.class)
                .should(readNoPaste())
                .check(classes);
    }

    private static ArchCondition<JavaMethod> readNoPaste() {
        return new ArchCondition<>("read no paste") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaMethodCall call : method.getMethodCallsFromSelf()) {
                    String target = call.getTargetOwner().getName();
                    if (READERS.contains(target)) {
                        events.add(SimpleConditionEvent.violated(
                                method,
                                method.getFullName() + " reads a paste in a transaction: " + call.getDescription()));
                    }
                }
            }
        };
    }

    @Test
    void theRuleSeesTheParsingStep() {
        org.assertj.core.api.Assertions.assertThat(classes.contain("cn.perftarget.workflow.approval.PasteParsing"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("cn.perftarget.workflow.approval.DraftingActions"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(classes.contain("cn.perftarget.workflow.approval.FileParsing"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(
                        classes.contain("cn.perftarget.workflow.department.DepartmentPartReading"))
                .isTrue();
    }
}
