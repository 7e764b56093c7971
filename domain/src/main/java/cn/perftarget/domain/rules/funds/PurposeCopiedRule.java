package cn.perftarget.domain.rules.funds;

import cn.perftarget.domain.rules.FindingSink;
import cn.perftarget.domain.rules.Location;
import cn.perftarget.domain.rules.Rule;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleParameters;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.TableField;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.table.TargetTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * R04: the 资金用途 is identical to another project's (of the same department and year) with a different name. The
 * quoted amounts (“预算数 50万元。其中：…”) differ between projects and are left out of the comparison.
 */
public final class PurposeCopiedRule implements Rule {

    public static final RuleInfo INFO = RuleInfo.of("R04", "资金用途照抄", Severity.WARNING,
            "资金用途（去掉其中的金额说明后）与同部门同年度另一个名称不同的项目完全相同。",
            "004：区域气候可行性论证的资金用途写“主要用于建设项目环境影响评价报告的专家评审费”，与环评专家评审费相同。",
            RuleParameter.number("minLength", "参与比较的最短用途字数", "4"));

    /** “预算数 4万元。”, “其中：财政资金 4 万元，” …: the amount statements. */
    private static final Pattern AMOUNTS = Pattern.compile(
            "(?:其中[:：]?)?(?:预算数|财政资金|其他资金)[\\s:：]*[0-9０-９.．]*\\s*(?:万元|万|元)?");

    /** Normalised purpose → tables, per department and year; each sibling's own keys by identity. */
    private record PurposeIndex(Map<String, Map<String, List<TargetTable>>> byGroup, Map<TargetTable, String[]> keys) {
    }

    private final int minLength;

    public PurposeCopiedRule(RuleParameters p) {
        this.minLength = p.number("minLength").intValue();
    }

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(TableFacts t, FindingSink out) {
        TargetTable table = t.table();
        ValidationContext ctx = t.context();
        if (ctx.siblings().isEmpty()) {
            return;
        }
        PurposeIndex index = ctx.memo(PurposeIndex.class, PurposeCopiedRule::build);
        String[] known = index.keys().get(table);
        String key = known != null ? known[1] : normalise(table.fundPurpose());
        if (key.length() < minLength) {
            return;
        }
        String groupKey = known != null ? known[0] : ValidationContext.departmentYearKey(table);
        Map<String, List<TargetTable>> group = index.byGroup().get(groupKey);
        List<TargetTable> same = group == null ? null : group.get(key);
        if (same == null) {
            return;
        }
        String myName = Texts.key(table.projectName());
        List<String> others = new ArrayList<>();
        for (TargetTable other : same) {
            if (!ValidationContext.sameProject(other, table) && !Texts.key(other.projectName()).equals(myName)) {
                others.add("《" + other.projectName() + "》");
            }
        }
        if (!others.isEmpty()) {
            out.report(Severity.WARNING, Location.field(TableField.FUND_PURPOSE),
                    "资金用途与项目" + String.join("、", others) + "相同，但项目名称不同，像是照抄。"
                            + "请写明本项目资金的具体用途。");
        }
    }

    private static PurposeIndex build(List<TargetTable> siblings) {
        Map<String, Map<String, List<TargetTable>>> byGroup = new HashMap<>();
        Map<TargetTable, String[]> keys = new IdentityHashMap<>();
        for (TargetTable s : siblings) {
            String k = normalise(s.fundPurpose());
            String g = ValidationContext.departmentYearKey(s);
            keys.put(s, new String[]{g, k});
            if (!k.isEmpty()) {
                byGroup.computeIfAbsent(g, x -> new HashMap<>()).computeIfAbsent(k, x -> new ArrayList<>()).add(s);
            }
        }
        return new PurposeIndex(byGroup, keys);
    }

    static String normalise(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return "";
        }
        return Texts.key(AMOUNTS.matcher(purpose).replaceAll(""));
    }
}
