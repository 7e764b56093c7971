package cn.perftarget.bench;

import java.util.List;
import java.util.Map;

/**
 * The appendix of the report: the SQL statements of one inbox page (page size 25) per role and tab, and of each
 * approval step on both sides, in the order they were sent — to see what a step costs, not just how long it took.
 */
final class StatementListing {

    private StatementListing() {}

    static String of(BenchReport r) {
        StringBuilder md = new StringBuilder("# SQL statements (appendix of bench-report.md)\n\n");
        md.append("## One inbox page (page size 25)\n\n");
        for (InboxBenchmark.StatementCount c : r.inboxStatements) {
            if (c.pageSize() == 25) {
                section(md, "### " + c.role() + ", " + c.tab() + " (" + c.statements() + ")", c.sql());
            }
        }
        md.append("## One table through the approval, step by step\n\n");
        for (Map.Entry<String, List<String>> step : r.approvalStatements.entrySet()) {
            long statements = step.getValue().stream()
                    .filter(l -> !l.endsWith("(commits)") && !l.endsWith("(the whole step)"))
                    .count();
            section(md, "### " + step.getKey() + " (" + statements + ")", step.getValue());
        }
        return md.toString();
    }

    private static void section(StringBuilder md, String title, List<String> sql) {
        md.append(title).append("\n\n");
        int i = 0;
        for (String s : sql) {
            String one = s.replaceAll("\\s+", " ").strip();
            md.append(++i)
                    .append(". `")
                    .append(one.length() > 240 ? one.substring(0, 240) + " …" : one)
                    .append("`\n");
        }
        md.append('\n');
    }
}
