package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import java.util.Set;

/** R18: two rows of one table with the same 三级 name, or the same (描述, 值). Reported at the later row. */
public final class DuplicateIndicatorsRule implements Rule {

    public static final RuleInfo INFO =
            RuleInfo.of("R18", Severity.WARNING, "rule.R18.name", "rule.R18.checks", "rule.R18.example");

    private static final Set<String> PLACEHOLDERS = Set.of("无", "/", "-", "—", "暂无");

    public DuplicateIndicatorsRule(RuleParameters p) {}

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        int n = t.rowCount();
        if (n < 2) {
            return;
        }
        String[] names = new String[n];
        boolean[] pair = new boolean[n];
        for (int i = 0; i < n; i++) {
            String name = t.key(i, IndicatorColumn.LEVEL3);
            names[i] = name.isEmpty() || PLACEHOLDERS.contains(name) ? "" : name;
            String desc = t.key(i, IndicatorColumn.DESCRIPTION);
            pair[i] = !desc.isEmpty() && !t.key(i, IndicatorColumn.VALUE).isEmpty() && !PLACEHOLDERS.contains(desc);
        }
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (!names[i].isEmpty() && names[i].equals(names[j])) {
                    out.report(
                            Severity.WARNING,
                            Location.row(i, IndicatorColumn.LEVEL3),
                            Message.of(
                                    "rule.R18.sameName",
                                    i + 1,
                                    j + 1,
                                    t.row(i).level3().strip()));
                    break;
                }
                if (pair[i]
                        && pair[j]
                        && t.key(i, IndicatorColumn.DESCRIPTION).equals(t.key(j, IndicatorColumn.DESCRIPTION))
                        && t.key(i, IndicatorColumn.VALUE).equals(t.key(j, IndicatorColumn.VALUE))) {
                    out.report(
                            Severity.WARNING,
                            Location.row(i, IndicatorColumn.DESCRIPTION),
                            Message.of(
                                    "rule.R18.samePair",
                                    i + 1,
                                    j + 1,
                                    Texts.excerpt(t.row(i).description(), 20)));
                    break;
                }
            }
        }
    }
}
