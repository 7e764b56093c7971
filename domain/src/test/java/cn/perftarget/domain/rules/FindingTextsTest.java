package cn.perftarget.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.framework.CategoryGroup;
import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.framework.Level1;
import cn.perftarget.domain.framework.Level2;
import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.i18n.MessageBundles;
import cn.perftarget.domain.i18n.MessageData;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SubTarget;
import cn.perftarget.domain.rules.text.Texts;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.GradeSuggestion;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.IndicatorColumn;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.TableField;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.Comparator;
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
 * Every text the rules produce on the seed tables — findings, fix labels, locations, grade reasons — over every
 * table of the four seed documents and every table one of its fixes produces: in English no Chinese is left once the
 * data the text quotes is taken out, and that Chinese data comes from the document or from the vocabulary the rules
 * read Chinese tables with; in Chinese every key exists.
 */
class FindingTextsTest {

    /** Parsing vocabulary messages may quote: units a hint suggests (the rules' own keyword lists are added below). */
    private static final List<String> UNITS = List.of("万元", "元", "万", "件", "次");

    /** What is rendered, with where it comes from (for the failure message). */
    private record Text(String where, Message message, String source) {}

    private static final List<Text> TEXTS = new ArrayList<>();
    private static final List<String> VOCABULARY = new ArrayList<>();

    @BeforeAll
    static void renderEverything() {
        for (String prefix : List.of("000", "001", "002", "004")) {
            ImportedDocument doc = Seeds.doc(prefix);
            String source = Texts.key(sourceText(doc));
            ValidationContext context = DocumentValidation.contextOf(doc);
            for (DocumentValidation.TableFindings t : DocumentValidation.validate(Validator.defaults(), doc)) {
                add(prefix + " " + t.table().projectName(), t.findings(), source);
                for (Finding f : t.findings()) {
                    if (f.hasFix()) {
                        TargetTable fixed = f.fix().applyTo(t.table());
                        add(
                                prefix + " " + t.table().projectName() + " fixed by " + f.ruleId(),
                                Validator.defaults().validate(fixed, context),
                                source + Texts.key(sourceText(fixed)));
                    }
                }
            }
        }
        for (Framework fw : FrameworkCatalog.bundled().frameworks()) {
            VOCABULARY.add(fw.name());
            for (Level1 l1 : fw.level1()) {
                VOCABULARY.add(l1.name());
                VOCABULARY.addAll(l1.aliases());
                for (Level2 l2 : l1.level2()) {
                    VOCABULARY.add(l2.name());
                    VOCABULARY.addAll(l2.aliases());
                }
            }
            fw.required().stream().map(CategoryGroup::label).forEach(VOCABULARY::add);
            fw.recommended().stream().map(CategoryGroup::label).forEach(VOCABULARY::add);
        }
        for (RuleInfo info : RuleCatalog.infos().values()) {
            for (RuleParameter p : info.parameters()) {
                if (p.defaultValue() instanceof List<?> words) {
                    words.forEach(w -> VOCABULARY.add(String.valueOf(w)));
                }
            }
        }
        VOCABULARY.addAll(UNITS);
        VOCABULARY.sort(Comparator.comparingInt(String::length).reversed());
    }

    private static void add(String where, List<Finding> findings, String source) {
        for (Finding f : findings) {
            String at = where + " " + f.ruleId();
            TEXTS.add(new Text(at + " message", f.message(), source));
            TEXTS.add(new Text(at + " location", f.location().describe(), source));
            f.optionalFix().ifPresent(fix -> TEXTS.add(new Text(at + " fix", fix.label(), source)));
        }
        for (Message reason : GradeSuggestion.from(findings).reasons()) {
            TEXTS.add(new Text(where + " grade reason", reason, source));
        }
    }

    /** Every text of the document a message may quote. */
    private static String sourceText(ImportedDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.tables().forEach(t -> b.append(sourceText(t)));
        if (doc.department() != null) {
            b.append(doc.department().overallGoal()).append(doc.department().subTargetText());
            doc.department().subTargets().stream().map(SubTarget::title).forEach(b::append);
        }
        return b.toString();
    }

    private static String sourceText(TargetTable t) {
        StringBuilder b = new StringBuilder(t.unitName());
        for (TableField f : TableField.values()) {
            b.append('|').append(f.valueOf(t));
        }
        for (IndicatorRow r : t.indicators()) {
            for (IndicatorColumn c : IndicatorColumn.values()) {
                b.append('|').append(c.valueOf(r));
            }
        }
        return b.toString();
    }

    @Test
    void manyTextsOfManyKindsAreChecked() {
        Set<String> keys = new TreeSet<>();
        TEXTS.forEach(t -> keys.addAll(MessageData.keys(t.message())));
        assertThat(TEXTS).hasSizeGreaterThan(3000);
        assertThat(keys.stream().filter(k -> k.startsWith("rule.R")))
                .as("finding and fix keys")
                .hasSizeGreaterThan(60);
        assertThat(keys)
                .contains(
                        "location.row",
                        "location.part",
                        "location.plan",
                        "location.indicators",
                        "location.departmentItem",
                        "grade.reason.rule",
                        "grade.reason.counts2",
                        "text.projectName");
    }

    @Test
    void inEnglishOnlyTheQuotedDataIsChinese() {
        Map<String, String> chinese = new LinkedHashMap<>();
        for (Text t : TEXTS) {
            String rest = MessageData.englishWithoutData(t.message());
            if (MessageData.hasHan(rest)) {
                chinese.putIfAbsent(t.message().key(), t.where() + ": " + rest);
            }
        }
        assertThat(chinese).as("English texts with Chinese besides their data").isEmpty();
    }

    @Test
    void theChineseDataComesFromTheDocumentOrTheRulesVocabulary() {
        Map<String, String> foreign = new LinkedHashMap<>();
        for (Text t : TEXTS) {
            for (String d : MessageData.data(t.message())) {
                if (MessageData.hasHan(d) && !fromSource(d, t.source())) {
                    foreign.putIfAbsent(t.message().key(), t.where() + ": " + d);
                }
            }
        }
        assertThat(foreign)
                .as("Chinese passed as data that is neither the document's nor vocabulary")
                .isEmpty();
    }

    /**
     * Once vocabulary is taken out, each run of Chinese characters of the data is in the document (an excerpt of a
     * cell, a value written anew such as ≤3860元/月/人).
     */
    private static boolean fromSource(String data, String source) {
        String rest = data;
        for (String word : VOCABULARY) {
            rest = rest.replace(word, " ");
        }
        Matcher run = Pattern.compile("\\p{IsHan}+").matcher(rest);
        while (run.find()) {
            if (!source.contains(run.group())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void inChineseAndEnglishEveryKeyExists() {
        Map<String, String> missing = new LinkedHashMap<>();
        for (Text t : TEXTS) {
            for (var locale : List.of(MessageBundles.CHINESE, MessageBundles.ENGLISH)) {
                String text = MessageBundles.domain().render(t.message(), locale);
                if (MessageData.MISSING_KEY.matcher(text).find() || text.isBlank()) {
                    missing.putIfAbsent(t.message().key() + " " + locale, t.where() + ": " + text);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
