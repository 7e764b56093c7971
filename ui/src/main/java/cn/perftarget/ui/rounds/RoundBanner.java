package cn.perftarget.ui.rounds;

import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AccessPolicy;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.round.BudgetRound;
import cn.perftarget.workflow.round.BudgetRounds;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The deadlines of the open budget rounds of the user's region, one line each ("2025年度预算编制轮次：提交截止
 * 2024-10-31，审核截止 2024-11-15"), for 首页 and 我的绩效目标表; empty (and hidden) when none is open or the user may
 * not read rounds. Id {@code round-banner}, each line {@code round-banner-<year>}.
 */
public final class RoundBanner extends Div {

    public RoundBanner(AppUser user, BudgetRounds rounds) {
        setId("round-banner");
        if (AccessPolicy.mayAttempt(user, ServiceAction.READ_ROUNDS)) {
            for (BudgetRound round : rounds.openRounds(user)) {
                Paragraph line = new Paragraph(getTranslation(
                        "rounds.banner",
                        String.valueOf(round.fiscalYear()),
                        round.submissionDeadline().toString(),
                        round.reviewDeadline().toString()));
                line.setId("round-banner-" + round.fiscalYear());
                line.getStyle().set("margin", "0");
                add(line);
            }
        }
        setVisible(getComponentCount() > 0);
    }
}
