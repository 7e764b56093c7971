package cn.perftarget.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.table.TableField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pinned remarks survive being stored as one comment text, and the text stays readable. */
class PinnedCommentsTest {

    @Test
    void formatsReadablyAndParsesBack() {
        PinnedComments written = new PinnedComments(
                "请按意见修改。\n第二段说明",
                List.of(
                        new PinnedComments.Pin(PinTarget.row(3), "指标值缺少计量单位"),
                        new PinnedComments.Pin(PinTarget.field(TableField.PLAN_DECEMBER), "应为100%"),
                        new PinnedComments.Pin(PinTarget.field(TableField.GOALS), "目标过于笼统\n请细化")));

        String text = written.format();

        assertThat(text).isEqualTo("""
                请按意见修改。
                第二段说明
                【第3行指标】指标值缺少计量单位
                【资金支出计划 12月底】应为100%
                【绩效目标】目标过于笼统 请细化""");
        PinnedComments read = PinnedComments.parse(text);
        assertThat(read.general()).isEqualTo("请按意见修改。\n第二段说明");
        assertThat(read.pins())
                .extracting(p -> p.target().storedLabel())
                .containsExactly("第3行指标", "资金支出计划 12月底", "绩效目标");
        assertThat(read.pins())
                .extracting(p -> MessageBundles.domain().render(p.target().describe(), MessageBundles.ENGLISH))
                .containsExactly("Indicator row 3", "Spending plan, end of December", "Performance goals");
        assertThat(read.pins())
                .extracting(p -> MessageBundles.domain().chinese(p.target().describe()))
                .containsExactly("第3行指标", "资金支出计划 12月底", "绩效目标");
        assertThat(read.byTarget().get(PinTarget.row(3))).containsExactly("指标值缺少计量单位");
    }

    @Test
    void aCommentWithoutPinsIsAllGeneralAndUnknownBracketsStayText() {
        PinnedComments read = PinnedComments.parse("评级：中。【说明】不是字段名\n【第3行指标】");
        assertThat(read.pins()).isEmpty();
        assertThat(read.general()).isEqualTo("评级：中。【说明】不是字段名\n【第3行指标】");
        assertThat(PinnedComments.parse(null).isEmpty()).isTrue();
        assertThat(new PinnedComments("  ", List.of()).format()).isNull();
    }
}
