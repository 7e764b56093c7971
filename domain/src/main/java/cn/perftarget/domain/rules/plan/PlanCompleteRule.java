package cn.perftarget.domain.rules.plan;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.table.SpendingPlan;

/** R08: a blank checkpoint of the spending plan: 12月底 (or the whole plan) → ERROR, an earlier one → WARNING. */
public final class PlanCompleteRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R08", "支出计划未填全", Severity.ERROR,
            "资金支出计划有时点空着：12月底空着（或整个计划空着）为错误，3月底、6月底、10月底空着为警告。",
            "004：印刷费的支出计划全部空着；专项邮电费3月底空着。")
            .withSeverityNote("12月底或全部空着为错误；较早时点空着为警告");

    public PlanCompleteRule(RuleParameters p) {
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        SpendingPlan plan = t.table().plan();
        PlanReading r = PlanReading.of(t);
        if (r.allBlank()) {
            out.report(Severity.ERROR, Location.plan(-1),
                    "资金支出计划（%）四个时点都没有填写。请按预计支付进度填写3月底、6月底、10月底、12月底的累计支出比例，12月底为100%。");
            return;
        }
        for (int i = 0; i < 4; i++) {
            if (!r.blank[i]) {
                continue;
            }
            String checkpoint = SpendingPlan.CHECKPOINTS.get(i);
            if (i == 3) {
                out.report(Severity.ERROR, Location.plan(3),
                        "资金支出计划12月底未填写。12月底的累计支出比例应为100%。");
            } else {
                out.report(Severity.WARNING, Location.plan(i),
                        "资金支出计划" + checkpoint + "未填写。请填写截至" + checkpoint
                                + "的累计支出比例；该时点确实不支出时填“0%”。");
            }
        }
    }
}
