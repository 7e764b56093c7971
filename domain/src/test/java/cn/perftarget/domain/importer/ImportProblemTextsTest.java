package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.i18n.MessageData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the importer cannot read, on damaged pastes of the seed documents (cut every few lines, one line dropped here
 * and there, and the damaged PDF text of {@link DamagedPasteTest}): in English no Chinese is left once the data the
 * problem quotes is taken out, that data is the pasted text's own or a caption documents print, and in Chinese and
 * English every key exists.
 */
class ImportProblemTextsTest {

    /** Captions as documents print them, which problems name (the importer's vocabulary). */
    private static final List<String> CAPTIONS = new ArrayList<>(List.of(
            "其中：财政资金",
            "资金支出计划（%）",
            "项目资金主要用途",
            Labels.PROJECT_CODE,
            Labels.PROJECT_NAME,
            Labels.PDF_PROJECT_NAME,
            Labels.BUDGET,
            Labels.FISCAL_FUNDS_SHORT,
            Labels.OTHER_FUNDS,
            Labels.PURPOSE_SHORT,
            Labels.GOALS,
            String.join("", Labels.INDICATOR_HEADER)));

    static {
        CAPTIONS.addAll(Labels.CHECKPOINTS);
        CAPTIONS.addAll(Labels.INDICATOR_HEADER);
    }

    private record Problem(String where, ImportProblem problem, String source) {}

    private static final List<Problem> PROBLEMS = new ArrayList<>();

    @BeforeAll
    static void importDamagedPastes() {
        PasteImporter importer = new PasteImporter();
        for (String seed : List.of(Seeds.PDF_000, Seeds.WORD_001, Seeds.WORD_002, Seeds.WORD_004)) {
            List<String> lines = Seeds.text(seed).lines().toList();
            for (int cut = 0; cut < lines.size(); cut += 11) {
                add(importer, seed + " cut at " + cut, String.join("\n", lines.subList(0, cut)));
                List<String> damaged = new ArrayList<>(lines);
                damaged.remove(cut);
                add(importer, seed + " without line " + (cut + 1), String.join("\n", damaged));
            }
        }
        add(
                importer,
                "damaged PDF text",
                String.join(
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
                        "标"));
    }

    private static void add(PasteImporter importer, String where, String text) {
        for (ImportProblem p : importer.read(text).problems()) {
            PROBLEMS.add(new Problem(where, p, text));
        }
    }

    @Test
    void manyProblemsOfManyKindsAreChecked() {
        Set<String> keys = new TreeSet<>();
        PROBLEMS.forEach(p -> keys.addAll(MessageData.keys(p.problem().describe())));
        assertThat(PROBLEMS).hasSizeGreaterThan(300);
        assertThat(keys)
                .contains(
                        "importer.atLine",
                        "importer.noTable",
                        "importer.orphan",
                        "importer.rowCells",
                        "importer.missingValue",
                        "importer.planCells",
                        "importer.unsplitRow",
                        "importer.strayIndicatorText",
                        "importer.planValueCount")
                .hasSizeGreaterThan(12);
    }

    @Test
    void inEnglishOnlyTheQuotedDataIsChinese() {
        Map<String, String> chinese = new LinkedHashMap<>();
        for (Problem p : PROBLEMS) {
            String rest = MessageData.englishWithoutData(p.problem().describe());
            if (MessageData.hasHan(rest)) {
                chinese.putIfAbsent(p.problem().message().key(), p.where() + ": " + rest);
            }
        }
        assertThat(chinese)
                .as("English problems with Chinese besides their data")
                .isEmpty();
    }

    @Test
    void theChineseDataIsThePastedTextsOrACaption() {
        Map<String, String> foreign = new LinkedHashMap<>();
        Pattern han = Pattern.compile("\\p{IsHan}+");
        for (Problem p : PROBLEMS) {
            for (String d : MessageData.data(p.problem().describe())) {
                String rest = d;
                for (String caption : CAPTIONS) {
                    rest = rest.replace(caption, " ");
                }
                Matcher run = han.matcher(rest);
                while (run.find()) {
                    if (!p.source().replaceAll("\\s", "").contains(run.group())) {
                        foreign.putIfAbsent(p.problem().message().key(), p.where() + ": " + d);
                    }
                }
            }
        }
        assertThat(foreign).isEmpty();
    }

    @Test
    void inChineseAndEnglishEveryKeyExists() {
        Map<String, String> missing = new LinkedHashMap<>();
        for (Problem p : PROBLEMS) {
            for (var locale : List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH)) {
                Message m = p.problem().describe();
                String text = MessageBundles.domain().render(m, locale);
                if (MessageData.MISSING_KEY.matcher(text).find()) {
                    missing.putIfAbsent(m.key() + " " + locale, p.where() + ": " + text);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
