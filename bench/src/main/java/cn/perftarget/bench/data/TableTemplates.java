package cn.perftarget.bench.data;

import cn.perftarget.domain.importer.PasteImporter;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The real seed tables (/seeds/*.txt on the classpath, read by the paste importer) as templates, varied in amount
 * (预算数 and its split times a factor), project name and defects. Tables that go to review must pass the submission
 * check (no ERROR finding), as the server demands: their variants are chosen among those the region's validator finds
 * clean, per fiscal year. Drafts may carry any defect: the seeds' own (placeholder goals, falling spending plans,
 * costs above budget, …) or one put in on purpose (blank 预算数, placeholder goals, no spending plan).
 */
final class TableTemplates {

    static final List<String> SEED_FILES = List.of(
            "000_5b383d3a3d486686.txt",
            "001_b711bf76ea102a99.txt",
            "002_6557f949b45e2f15.txt",
            "004_f47e421262983de5.txt");
    private static final int[] FACTORS = {1, 2, 3, 4, 5, 8, 10, 15, 20};
    private static final String[] NAME_FORMS = {"%s", "%s（续建）", "%d年度%s", "%s（二期）"};

    /** A way to vary a template. */
    record Variant(int template, int factor, int nameForm) {}

    /** Defects put into drafts on purpose. */
    enum Defect {
        NONE,
        BLANK_BUDGET,
        PLACEHOLDER_GOALS,
        NO_SPENDING_PLAN
    }

    private final List<TargetTable> templates;
    private final Validator validator;
    private final Map<Integer, List<Variant>> cleanByYear = new HashMap<>();

    TableTemplates(Validator validator) {
        this.validator = validator;
        List<TargetTable> all = new ArrayList<>();
        PasteImporter importer = new PasteImporter();
        for (String file : SEED_FILES) {
            all.addAll(importer.read(read(file)).tables());
        }
        this.templates = List.copyOf(all);
    }

    int size() {
        return templates.size();
    }

    /**
     * The variants of every template whose content has no ERROR finding in that fiscal year, checked with a
     * project code and unit of the generated kind (all generated codes have the same form).
     */
    synchronized List<Variant> clean(int year, String sampleCode, String sampleUnitCode, String sampleUnitName) {
        return cleanByYear.computeIfAbsent(year, y -> {
            List<Variant> clean = new ArrayList<>();
            for (int t = 0; t < templates.size(); t++) {
                for (int f : FACTORS) {
                    for (int n = 0; n < NAME_FORMS.length; n++) {
                        Variant v = new Variant(t, f, n);
                        TargetTable content = content(v, Defect.NONE, sampleCode, sampleUnitCode, sampleUnitName, y);
                        if (!hasErrors(content)) {
                            clean.add(v);
                        }
                    }
                }
            }
            if (clean.isEmpty()) {
                throw new IllegalStateException("没有可提交（无错误）的种子表变体");
            }
            return List.copyOf(clean);
        });
    }

    Variant anyVariant(Random random) {
        return new Variant(
                random.nextInt(templates.size()),
                FACTORS[random.nextInt(FACTORS.length)],
                random.nextInt(NAME_FORMS.length));
    }

    Variant cleanVariant(Random random, int year, String sampleCode, String sampleUnitCode, String sampleUnitName) {
        List<Variant> clean = clean(year, sampleCode, sampleUnitCode, sampleUnitName);
        return clean.get(random.nextInt(clean.size()));
    }

    boolean hasErrors(TargetTable content) {
        return validator.validate(content, ValidationContext.of(List.of(content))).stream()
                .anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** The template varied as told, belonging to the unit, with its own project code. */
    TargetTable content(Variant v, Defect defect, String projectCode, String unitCode, String unitName, int year) {
        TargetTable t = templates.get(v.template());
        String name = String.format(
                NAME_FORMS[v.nameForm()],
                v.nameForm() == 2 ? new Object[] {year, t.projectName()} : new Object[] {t.projectName()});
        TargetTable varied = new TargetTable(
                projectCode,
                name,
                unitCode,
                unitName,
                year,
                times(t.budget(), v.factor()),
                times(t.fiscalFunds(), v.factor()),
                times(t.otherFunds(), v.factor()),
                t.fundPurpose(),
                t.plan(),
                t.goals(),
                t.indicators());
        return switch (defect) {
            case NONE -> varied;
            case BLANK_BUDGET -> varied.withAmounts(MoneyCell.BLANK, varied.fiscalFunds(), varied.otherFunds());
            case PLACEHOLDER_GOALS -> varied.withGoals("1.目标内容1");
            case NO_SPENDING_PLAN -> varied.withPlan(SpendingPlan.BLANK);
        };
    }

    /** An amount times the factor, written with the template's decimals; unreadable or blank cells stay. */
    private static MoneyCell times(MoneyCell cell, int factor) {
        if (factor == 1) {
            return cell;
        }
        return cell.amount()
                .map(a -> new MoneyCell(a.multiply(BigDecimal.valueOf(factor))
                        .setScale(Math.max(0, a.scale()), java.math.RoundingMode.UNNECESSARY)
                        .toPlainString()))
                .orElse(cell);
    }

    private static String read(String file) {
        try (InputStream in = TableTemplates.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed missing from the classpath: " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
