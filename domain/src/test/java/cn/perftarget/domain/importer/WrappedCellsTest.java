package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrappedCellsTest {

    @Test
    void aShorterLineEndsItsCellAndALongerLineStartsANewOne() {
        assertThat(WrappedCells.split(List.of("服务对象满意", "度", "对公共资源交易中心服务的反馈，满意度占", "比")))
                .containsExactly("服务对象满意度", "对公共资源交易中心服务的反馈，满意度占比");
        assertThat(WrappedCells.split(List.of("政务服务事项", "限时办结率"))).containsExactly("政务服务事项限时办结率");
        assertThat(WrappedCells.split(List.of("满意度", "对公共资源交易中心服务的反馈"))).containsExactly("满意度", "对公共资源交易中心服务的反馈");
        assertThat(WrappedCells.split(List.of("审批结果准确", "性", "依法依规"))).containsExactly("审批结果准确性", "依法依规");
        assertThat(WrappedCells.split(List.of())).isEmpty();
    }

    @Test
    void widthCountsChineseCharactersDouble() {
        assertThat(WrappedCells.width("满意度98%")).isEqualTo(9);
    }
}
