package cn.perftarget.domain.office.lists;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.Fix;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.validation.DocumentValidation.TableFindings;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Findings as an Excel list ({@link ListWorkbook}) in the reader's language: rule, its name, severity, location,
 * message and suggested fix, one row per finding; for a checked document also which table (number, project code and
 * name). The data the messages quote stays as written.
 */
public final class FindingsWorkbook {

    private static final List<String> FINDING_COLUMNS = List.of(
            "office.findings.rule",
            "office.findings.ruleName",
            "office.findings.severity",
            "office.findings.location",
            "office.findings.message",
            "office.findings.fix");

    private FindingsWorkbook() {}

    /** The findings of one table. */
    public static byte[] xlsx(List<Finding> findings, Locale locale) {
        Texts t = new Texts(locale);
        List<String> headers = new ArrayList<>();
        headers.add(t.text("office.findings.number"));
        FINDING_COLUMNS.forEach(k -> headers.add(t.text(k)));
        List<List<Object>> rows = new ArrayList<>();
        for (Finding f : findings) {
            List<Object> row = new ArrayList<>();
            row.add(rows.size() + 1);
            row.addAll(t.columns(f));
            rows.add(row);
        }
        return ListWorkbook.xlsx(t.text("office.findings.sheet"), headers, rows);
    }

    /** The findings of every table of a checked document, table by table. */
    public static byte[] xlsxOfDocument(List<TableFindings> tables, Locale locale) {
        Texts t = new Texts(locale);
        List<String> headers = new ArrayList<>(Arrays.asList(
                t.text("office.findings.table"),
                t.text("office.findings.projectCode"),
                t.text("office.findings.projectName")));
        FINDING_COLUMNS.forEach(k -> headers.add(t.text(k)));
        List<List<Object>> rows = new ArrayList<>();
        for (TableFindings tf : tables) {
            TargetTable table = tf.table();
            for (Finding f : tf.findings()) {
                List<Object> row = new ArrayList<>(List.of(
                        tf.index() + 1,
                        table.projectCode().strip(),
                        table.projectName().strip()));
                row.addAll(t.columns(f));
                rows.add(row);
            }
        }
        return ListWorkbook.xlsx(t.text("office.findings.sheet"), headers, rows);
    }

    /** Renders in one language. */
    private record Texts(Locale locale) {

        String text(String key) {
            return MessageBundles.domain().text(key, locale);
        }

        String render(Message m) {
            return MessageBundles.domain().render(m, locale);
        }

        List<Object> columns(Finding f) {
            RuleInfo info = RuleCatalog.infos().get(f.ruleId());
            Fix fix = f.fix();
            return List.of(
                    f.ruleId(),
                    info == null ? "" : render(info.name()),
                    render(f.severity().label()),
                    render(f.location().describe()),
                    render(f.message()),
                    fix == null ? "" : render(fix.label()));
        }
    }
}
