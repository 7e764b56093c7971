package cn.perftarget.domain.rules.goal;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.Numbers;
import cn.perftarget.domain.value.IndicatorValue;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R30: a percentage stated in the goal text disagrees with the indicator that measures the same thing. The matching
 * indicator is the one whose 三级 name and description share most character bigrams with the words before the number.
 */
public final class GoalIndicatorRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R30",
            Severity.WARNING,
            "rule.R30.name",
            "rule.R30.checks",
            "rule.R30.example",
            RuleParameter.number("minSharedBigrams", "rule.R30.param.minSharedBigrams", "2"));

    /**
     * A percentage: a match starts only at the first digit of a run and never gives digits or spaces back, so that a
     * long run of digits without % is scanned once (the unanchored {@code \d+…\s*[%％]} took quadratic time).
     */
    private static final Pattern PERCENT = Pattern.compile("(?<!\\d)(\\d++(?:\\.\\d++)?+)\\s*+[%％]");

    private static final String[] VERBS = {
        "提高到", "提升到", "提高至", "提升至", "保持在", "控制在", "不低于", "不少于", "达到", "大于", "高于", "为", "在", "达"
    };
    private static final int PHRASE_MAX = 16;

    private final int minShared;

    public GoalIndicatorRule(RuleParameters p) {
        this.minShared = p.number("minSharedBigrams").intValue();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        String goals = Numbers.halfWidth(t.table().goals());
        if (goals.indexOf('%') < 0) {
            return;
        }
        Matcher m = PERCENT.matcher(goals);
        while (m.find()) {
            int clauseStart = clauseStart(goals, m.start());
            String phrase = withoutVerb(goals.substring(clauseStart, m.start()).strip());
            if (phrase.length() < 2) {
                continue;
            }
            if (m.group(1).length() > 20) {
                continue; // no share is written so; BigDecimal reads a long number in quadratic time
            }
            BigDecimal stated = new BigDecimal(m.group(1));
            int best = -1;
            int bestScore = -1;
            for (int i = 0; i < t.rowCount(); i++) {
                IndicatorValue v = t.value(i);
                if (!v.isPercent()) {
                    continue;
                }
                IndicatorRow r = t.row(i);
                String text = r.level3() + "|" + r.description();
                int shared = Texts.sharedBigrams(phrase, text);
                // the words right before the number name the measure (办结率, 进驻比例): they weigh more
                int score = shared + 2 * Texts.sharedBigrams(tail(phrase), text);
                if (shared >= minShared && score > bestScore) {
                    best = i;
                    bestScore = score;
                }
            }
            BigDecimal bestNumber = best >= 0 ? t.value(best).number() : null;
            if (bestNumber != null && bestNumber.compareTo(stated) != 0) {
                IndicatorRow r = t.row(best);
                int end = goals.startsWith("以上", m.end()) ? m.end() + 2 : m.end();
                String goalText = goals.substring(clauseStart, end).strip();
                out.report(
                        Severity.WARNING,
                        Location.row(best, IndicatorColumn.VALUE),
                        Message.of(
                                "rule.R30.differs",
                                Texts.excerpt(goalText),
                                Texts.excerpt(r.level3()),
                                Texts.excerpt(r.valueText())));
            }
        }
    }

    /** Where the clause of a number starts: after the last punctuation, at most 16 characters back. */
    private static int clauseStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < PHRASE_MAX) {
            char c = text.charAt(start - 1);
            if (c == '，' || c == '。' || c == '；' || c == '、' || c == '\n' || c == ',' || c == ';' || c == ':'
                    || c == '：') {
                break;
            }
            start--;
        }
        return start;
    }

    /** The phrase without a trailing verb (达到, 提高到 …). */
    private static String withoutVerb(String phrase) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String v : VERBS) {
                if (phrase.endsWith(v)) {
                    phrase = phrase.substring(0, phrase.length() - v.length()).strip();
                    changed = true;
                }
            }
        }
        return phrase;
    }

    private static String tail(String phrase) {
        return phrase.length() <= 4 ? phrase : phrase.substring(phrase.length() - 4);
    }
}
