package cn.perftarget.domain.rules.goal;

import cn.perftarget.domain.rules.TableFacts;
import cn.perftarget.domain.rules.text.GoalItems;
import java.util.List;

/** The goal items of the table under validation, split once per validation for the goal rules. */
final class Goals {

    private Goals() {}

    static List<GoalItems.Item> items(TableFacts t) {
        return t.derived(GoalItems.class, f -> GoalItems.split(f.table().goals()));
    }
}
