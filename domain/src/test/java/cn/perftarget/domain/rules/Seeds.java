package cn.perftarget.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The real seed tables (imported from the class path) and assertions on the findings made on them. */
final class Seeds {

    private static final Map<String, ImportedDocument> DOCS = new ConcurrentHashMap<>();

    private Seeds() {}

    static ImportedDocument doc(String prefix) {
        return DOCS.computeIfAbsent(prefix, p -> SeedDocuments.load(SeedDocuments.resource(p)));
    }

    static ValidationContext context(String prefix) {
        return DocumentValidation.contextOf(doc(prefix));
    }

    /** The table of a seed document with this 项目名称. */
    static TargetTable table(String prefix, String projectName) {
        List<TargetTable> found = doc(prefix).tables().stream()
                .filter(t -> t.projectName().strip().equals(projectName))
                .toList();
        assertThat(found)
                .as("seed %s has exactly one table %s", prefix, projectName)
                .hasSize(1);
        return found.get(0);
    }

    /** The findings on a seed table, validated with its document as context. */
    static List<Finding> findings(String prefix, String projectName) {
        return Validator.defaults().validate(table(prefix, projectName), context(prefix));
    }

    /** The findings on a (changed) table, validated with a seed document as context. */
    static List<Finding> findings(String prefix, TargetTable table) {
        return Validator.defaults().validate(table, context(prefix));
    }

    static List<Finding> of(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** Asserts a finding of the rule at the severity and location, and returns it. */
    static Finding assertFinding(List<Finding> findings, String ruleId, Severity severity, Location location) {
        List<Finding> match = findings.stream()
                .filter(f -> f.ruleId().equals(ruleId)
                        && f.severity() == severity
                        && f.location().equals(location))
                .toList();
        assertThat(match)
                .as("%s %s at %s in %s", ruleId, severity, zh(location.describe()), findings)
                .isNotEmpty();
        Finding f = match.get(0);
        assertThat(zh(f.message()))
                .as("a Chinese message that says what and how")
                .isNotBlank()
                .containsPattern("[\\u4e00-\\u9fa5]")
                .doesNotContainPattern("![a-z][A-Za-z0-9]*\\.");
        return f;
    }

    /** A text as Chinese users read it. */
    static String zh(Message message) {
        return MessageBundles.domain().chinese(message);
    }

    static void assertNone(List<Finding> findings, String ruleId) {
        assertThat(of(findings, ruleId)).as("no %s finding", ruleId).isEmpty();
    }

    /** A copy of the table with one cell of one row replaced. */
    static TargetTable withCell(TargetTable t, int row, IndicatorColumn column, String text) {
        List<IndicatorRow> rows = new ArrayList<>(t.indicators());
        rows.set(row, column.with(rows.get(row), text));
        return t.withIndicators(rows);
    }
}
