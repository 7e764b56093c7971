package cn.perftarget.domain.framework;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.table.TargetTable;
import org.junit.jupiter.api.Test;

/** The bundled frameworks and the choice of framework by fiscal year and region. */
class FrameworkCatalogTest {

    private final FrameworkCatalog catalog = FrameworkCatalog.bundled();

    @Test
    void framework2015AllowsTheSeedPairs() {
        Framework fw = catalog.byId("2015").orElseThrow();
        assertThat(fw.place("产出指标", "成本指标").kind()).isEqualTo(IndicatorKind.COST);
        assertThat(fw.place("产出指标", "成本指标").isOk()).isTrue();
        // 效果指标 is the older name of 效益指标; PDF copies break names over lines and drop 指标
        Placement older = fw.place("效果\n指标", "可持续\n性影响");
        assertThat(older.isOk()).isTrue();
        assertThat(older.level1()).isEqualTo("效益指标");
        assertThat(older.kind()).isEqualTo(IndicatorKind.SUSTAINABILITY);
        assertThat(fw.place("满意度指标", "服务对象满意度指标").kind()).isEqualTo(IndicatorKind.SATISFACTION);
    }

    @Test
    void framework2015RefusesUnknownAndMisplacedNames() {
        Framework fw = catalog.byId("2015").orElseThrow();
        assertThat(fw.place("产出指标", "群众反馈指标").status()).isEqualTo(Placement.Status.UNKNOWN_LEVEL2);
        Placement misplaced = fw.place("效益指标", "数量指标");
        assertThat(misplaced.status()).isEqualTo(Placement.Status.MISPLACED);
        assertThat(misplaced.expectedLevel1()).isEqualTo("产出指标");
        assertThat(fw.place("群众指标", "").status()).isEqualTo(Placement.Status.UNKNOWN_LEVEL1);
        assertThat(fw.place("", "").status()).isEqualTo(Placement.Status.BLANK);
    }

    @Test
    void framework2021MakesCostALevel1() {
        Framework fw = catalog.byId("2021").orElseThrow();
        Placement cost = fw.place("产出指标", "成本指标");
        assertThat(cost.status()).isEqualTo(Placement.Status.MISPLACED);
        assertThat(cost.expectedLevel1()).isEqualTo("成本指标");
        assertThat(fw.place("成本指标", "经济成本指标").kind()).isEqualTo(IndicatorKind.COST);
        assertThat(fw.place("成本指标", "社会成本指标").kind()).isEqualTo(IndicatorKind.SOCIAL_COST);
        assertThat(fw.place("成本指标", "生态环境成本指标").kind()).isEqualTo(IndicatorKind.ECOLOGICAL_COST);
        // 效果指标 was a 2015 name only
        assertThat(fw.place("效果指标", "社会效益指标").status()).isEqualTo(Placement.Status.UNKNOWN_LEVEL1);
    }

    @Test
    void requiredAndRecommendedCategoriesAreData() {
        Framework fw = catalog.byId("2015").orElseThrow();
        assertThat(fw.required()).extracting(CategoryGroup::label).containsExactly("数量指标", "成本指标", "效益指标");
        assertThat(fw.recommended()).extracting(CategoryGroup::label).containsExactly("质量指标", "时效指标", "满意度指标");
        assertThat(catalog.byId("2021").orElseThrow().required().get(1).kinds())
                .contains(IndicatorKind.COST, IndicatorKind.SOCIAL_COST);
    }

    @Test
    void choiceByYear() {
        FrameworkCatalog byYear = catalog.withoutRegionOverrides();
        assertThat(byYear.forYear(2015, null).id()).isEqualTo("2015");
        assertThat(byYear.forYear(2021, null).id()).isEqualTo("2015");
        assertThat(byYear.forYear(2022, null).id()).isEqualTo("2021");
        assertThat(byYear.forYear(2030, "440305").id()).isEqualTo("2021");
        assertThat(byYear.forYear(null, null).id()).isEqualTo("2015");
    }

    @Test
    void regionOverrideWinsByLongestPrefix() {
        FrameworkCatalog c = catalog.withoutRegionOverrides().withRegionOverride("44", "2015");
        assertThat(c.forYear(2024, "440305").id()).isEqualTo("2015");
        assertThat(c.forYear(2024, "430100").id()).isEqualTo("2021");
        assertThat(c.withRegionOverride("4403", "2021").forYear(2024, "440305").id())
                .isEqualTo("2021");
        // the bundled overrides keep the seed regions on the framework their tables use
        assertThat(catalog.forYear(2025, "130202").id()).isEqualTo("2015");
    }

    @Test
    void tableRegionComesFromItsProjectCode() {
        assertThat(FrameworkCatalog.regionOfProjectCode("13020225P000039100011"))
                .isEqualTo("130202");
        assertThat(FrameworkCatalog.regionOfProjectCode("P123")).isNull();
        TargetTable t = new TargetTable(
                "13020225P000039100011", "电梯维保费", "438001", "", 2025, null, null, null, null, null, null, null);
        assertThat(catalog.forTable(t, null).id()).isEqualTo("2015");
        assertThat(catalog.withoutRegionOverrides().forTable(t, null).id()).isEqualTo("2021");
        assertThat(catalog.withRegionOverride("44", "2015")
                        .withoutRegionOverrides()
                        .forTable(t, "440305")
                        .id())
                .isEqualTo("2021");
    }
}
