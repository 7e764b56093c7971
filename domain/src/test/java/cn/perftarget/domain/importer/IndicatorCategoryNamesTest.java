package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The category names come from the bundled frameworks, aliases included. */
class IndicatorCategoryNamesTest {

    private final IndicatorCategoryNames names = IndicatorCategoryNames.BUNDLED;

    @Test
    void frameworkNamesAndAliases() {
        assertThat(names.isLevel1("产出指标")).isTrue();
        assertThat(names.isLevel1("效果指标")).as("2015 alias of 效益指标").isTrue();
        assertThat(names.isLevel2("服务对象满意度指标")).isTrue();
        assertThat(names.isLevel2("可持续性影响指标")).isTrue();
        assertThat(names.isLevel1("成本指标")).as("2021").isTrue();
        assertThat(names.isLevel2("成本指标")).as("2015").isTrue();
        assertThat(names.isLevel2("生态环境成本指标")).isTrue();
    }

    @Test
    void onlyExactNamesAndTheListedPrintedForms() {
        assertThat(names.isLevel2("可持续性影响")).isTrue();
        assertThat(names.isName("服务对象满意度"))
                .as("a 三级 name that echoes its category")
                .isFalse();
        assertThat(names.isName("经济效益")).isFalse();
        assertThat(names.isName("满意度")).isFalse();
        assertThat(names.isName("数量")).isFalse();
        assertThat(names.isName("办事群众满意度")).isFalse();
        assertThat(names.isName("数量指")).isFalse();
    }
}
