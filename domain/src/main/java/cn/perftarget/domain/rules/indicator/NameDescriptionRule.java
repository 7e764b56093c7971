package cn.perftarget.domain.rules.indicator;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.Keywords;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;

/**
 * R19: the description has nothing to do with the 三级 name: they share no word. Chinese has no spaces, so “a shared
 * word” is a shared character bigram, a shared character that is not a function or generic character (的, 率, 度 …),
 * or two words of one synonym group (成本 and 预算金额 both speak of money).
 */
public final class NameDescriptionRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of(
            "R19",
            Severity.WARNING,
            "rule.R19.name",
            "rule.R19.checks",
            "rule.R19.example",
            RuleParameter.words(
                    "genericChars",
                    "rule.R19.param.genericChars",
                    "的",
                    "和",
                    "与",
                    "及",
                    "对",
                    "等",
                    "各",
                    "类",
                    "率",
                    "度",
                    "性",
                    "化",
                    "为",
                    "了",
                    "在",
                    "是",
                    "有",
                    "个",
                    "项",
                    "年",
                    "全",
                    "之",
                    "其",
                    "中",
                    "内",
                    "外",
                    "上",
                    "下",
                    "于",
                    "以",
                    "所",
                    "被",
                    "将",
                    "从",
                    "按",
                    "由",
                    "每",
                    "本",
                    "该",
                    "此",
                    "一",
                    "不",
                    "无",
                    "可",
                    "能",
                    "进",
                    "行",
                    "得",
                    "到",
                    "好",
                    "高",
                    "大",
                    "小",
                    "多",
                    "少"),
            RuleParameter.words(
                    "synonymGroups",
                    "rule.R19.param.synonymGroups",
                    "成本/支出/费用/金额/预算/资金/经费/花费",
                    "满意/评价/好评/认可",
                    "时间/时限/及时/按时/期限/日/月/周/天",
                    "数量/总量/次数/人数/个数/件数"));

    private final boolean[] generic = new boolean[0x10000];
    private final Keywords[] synonyms;

    public NameDescriptionRule(RuleParameters p) {
        for (String c : p.words("genericChars")) {
            if (c.length() == 1) {
                generic[c.charAt(0)] = true;
            }
        }
        this.synonyms = p.words("synonymGroups").stream()
                .map(g -> Keywords.of(g.split("/")))
                .toArray(Keywords[]::new);
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        for (int i = 0; i < t.rowCount(); i++) {
            IndicatorRow row = t.row(i);
            String name = t.key(i, IndicatorColumn.LEVEL3);
            String desc = t.key(i, IndicatorColumn.DESCRIPTION);
            if (name.length() < 2 || desc.length() < 2) {
                continue;
            }
            if (!related(name, desc)) {
                out.report(
                        Severity.WARNING,
                        Location.row(i, IndicatorColumn.DESCRIPTION),
                        Message.of("rule.R19.unrelated", row.level3().strip(), Texts.excerpt(row.description(), 24)));
            }
        }
    }

    private boolean related(String name, String desc) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!generic[c] && Character.isLetter(c) && desc.indexOf(c) >= 0) {
                return true;
            }
        }
        for (Keywords group : synonyms) {
            if (group.isIn(name) && group.isIn(desc)) {
                return true;
            }
        }
        return false;
    }
}
