package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What cannot be read is reported with its line, not guessed; nothing throws. */
class DamagedPasteTest {

    private final PasteImporter importer = new PasteImporter();

    /** The problems as Chinese users read them, with their lines. */
    private static List<String> chinese(ImportedDocument doc) {
        return doc.problems().stream()
                .map(p -> MessageBundles.domain().chinese(p.describe()))
                .toList();
    }

    /** 001 with (1-based) lines removed and cut after line {@code keep} of the original. */
    private static String seed001Without(int keep, int... removedLines) {
        List<String> lines =
                new ArrayList<>(Seeds.text(Seeds.WORD_001).lines().toList().subList(0, keep));
        for (int k = removedLines.length - 1; k >= 0; k--) {
            lines.remove(removedLines[k] - 1);
        }
        return String.join("\n", lines);
    }

    @Test
    void garbledAndTruncatedWordPasteReportsEachPlaceItCouldNotRead() {
        // removed: 57 (the name 电梯维保费), 79 (the plan cell 75%), 111 (a cell of the 时效 row); cut inside a row
        String text = seed001Without(302, 57, 79, 111);

        ImportedDocument doc = importer.read(text);

        assertThat(chinese(doc))
                .containsExactly(
                        "第56行：“项目名称”后面缺少对应的单元格",
                        "第75行：资金支出计划应为3月底、6月底、10月底、12月底4个单元格（前面是合并的标题单元格），" + "实际读到4个，无法确定各时点，未导入支出计划",
                        "第106行：指标行有11个单元格，应为6个，未导入该行",
                        "第297行：指标行有3个单元格（应为6个），未导入该行");
        assertThat(doc.problems()).extracting(ImportProblem::lineNumber).containsExactly(56, 75, 106, 297);
        assertThat(doc.tables()).hasSize(3);
        TargetTable damaged = doc.tables().get(0);
        assertThat(damaged.projectCode()).isEqualTo("13020225P000039100011");
        assertThat(damaged.projectName()).as("not guessed").isEmpty();
        assertThat(damaged.plan()).as("not guessed").isEqualTo(SpendingPlan.BLANK);
        assertThat(damaged.budget().text()).isEqualTo("1.80");
        assertThat(damaged.indicators()).hasSize(5);
        assertThat(doc.tables().get(1).indicators()).hasSize(7);
        assertThat(doc.tables().get(2).projectName()).isEqualTo("劳务费");
        assertThat(doc.tables().get(2).indicators()).hasSize(2);
    }

    @Test
    void tableWhoseCodeCellIsLostIsReportedNotMergedIntoTheOneAbove() {
        String text = seed001Without(818, 150); // line 150: the cell 项目编码 of table 2

        ImportedDocument doc = importer.read(text);

        assertThat(doc.tables()).hasSize(7);
        assertThat(doc.tables().get(0).indicators()).hasSize(7);
        assertThat(chinese(doc)).containsExactly("第154行：这里有绩效目标表的内容（“预算规模及资金用途”），但找不到它的“项目编码”，该表未导入");
    }

    @Test
    void damagedPdfTextIsReportedToo() {
        String text = String.join(
                "\n",
                "项目",
                "编码",
                "131003001 预算项目名称 测试",
                "项目资金",
                "主要用途",
                "用途",
                "资金支出",
                "计划（%）",
                "3月底 6月底 10月底 12月底",
                "10% 50% 100%",
                "绩效",
                "目标",
                "目标一",
                "一级",
                "指标",
                "二级指",
                "标",
                "三级指标 绩效指标描述 指标值",
                "指标值确",
                "定依据",
                "产出",
                "指标",
                "数量指",
                "标",
                "办件数据 全年办理 日常工作",
                "乱码乱码",
                "质量指",
                "标");

        ImportedDocument doc = importer.read(text);

        assertThat(chinese(doc))
                .containsExactly(
                        "第7行：资金支出计划应有4个数值，实际读到3个（PDF文本无法确定空白单元格的位置），未导入支出计划",
                        "第25行：无法把这一指标行拆分为三级指标、绩效指标描述、指标值、指标值确定依据" + "（读到“办件数据 全年办理 日常工作”），未导入该行",
                        "第26行：无法识别的指标文字“乱码乱码”（不是指标名称，后面也没有指标值），未导入");
        TargetTable t = doc.tables().get(0);
        assertThat(t.projectCode()).isEqualTo("131003001");
        assertThat(t.plan()).isEqualTo(SpendingPlan.BLANK);
        assertThat(t.indicators())
                .extracting(r -> r.level2() + "/" + r.level3())
                .containsExactly("数量指标/", "质量指标/");
    }

    @Test
    void textWithoutTablesSaysSo() {
        for (String text : new String[] {"", "\t\t\n\u0000\u0001乱码\n", "随便一段文字\n第二行"}) {
            ImportedDocument doc = importer.read(text);
            assertThat(doc.tables()).isEmpty();
            assertThat(doc.department()).isNull();
            assertThat(chinese(doc)).containsExactly("没有找到绩效目标表（文本中没有“项目编码”）");
            assertThat(doc.problems().get(0).lineNumber()).isZero();
        }
    }

    @Test
    void neverThrowsOnAnyCutOfTheSeeds() {
        for (String seed : List.of(Seeds.PDF_000, Seeds.WORD_001, Seeds.WORD_002, Seeds.WORD_004)) {
            List<String> lines = Seeds.text(seed).lines().toList();
            for (int cut = 0; cut < lines.size(); cut += 13) {
                int lastLine = cut;
                String text = String.join("\n", lines.subList(0, cut));
                List<ImportProblem> problems = new ArrayList<>();
                assertThatCode(() -> problems.addAll(importer.read(text).problems()))
                        .as("%s cut at %d", seed, cut)
                        .doesNotThrowAnyException();
                assertThat(problems).allSatisfy(p -> assertThat(p.lineNumber()).isBetween(0, lastLine));
            }
        }
    }
}
