package cn.perftarget.bench.data;

import cn.perftarget.domain.table.TargetTable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plans the generated tables from a seeded random source, so the same settings give the same data: which unit and
 * year, which step, which content (a clean variant for anything that was submitted, any variant or a defect for
 * drafts), who reviewed and when. Current-round tables were created within the last 150 days; previous-round ones
 * were taken over on the go-live day 160 days ago. Open review tasks are due between 3 days ago and 7 days from now,
 * so some are overdue.
 */
final class TablePlanner {

    private static final String[] RETURN_COMMENTS = {
        "绩效目标为占位文字，请补充具体目标", "产出指标缺少计量单位，请补充", "支出计划应逐季递增并在年底达到100%", "成本指标与预算数不符，请核实", "满意度指标值请写明确定依据"
    };
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final BenchOrganisation org;
    private final TableTemplates templates;
    private final StepMix mix;
    private final Random random;
    private final Instant now;
    private final int currentYear;
    private final Map<String, Integer> codeCounters = new HashMap<>();

    TablePlanner(BenchOrganisation org, TableTemplates templates, StepMix mix, long seed, Instant now) {
        this.org = org;
        this.templates = templates;
        this.mix = mix;
        this.random = new Random(seed);
        this.now = now;
        this.currentYear = now.atZone(ZONE).getYear();
    }

    int currentYear() {
        return currentYear;
    }

    List<PlannedTable> next(int count) {
        List<PlannedTable> plans = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            plans.add(next());
        }
        return plans;
    }

    private PlannedTable next() {
        boolean current = mix.inCurrentRound(random);
        int year = current ? currentYear : currentYear - 1;
        RoundStep step = current ? mix.currentRoundStep(random) : RoundStep.TAKEN_OVER;
        BenchOrganisation.Unit unit = org.units().get(random.nextInt(org.units().size()));
        String code = projectCode(unit, year);
        TargetTable content;
        if (step == RoundStep.DRAFT) {
            TableTemplates.Defect defect = random.nextDouble() < 0.4
                    ? TableTemplates.Defect.values()[1 + random.nextInt(TableTemplates.Defect.values().length - 1)]
                    : TableTemplates.Defect.NONE;
            content = templates.content(templates.anyVariant(random), defect, code, unit.code(), unit.name(), year);
        } else {
            content = templates.content(
                    templates.cleanVariant(random, year, code, unit.code(), unit.name()),
                    TableTemplates.Defect.NONE,
                    code,
                    unit.code(),
                    unit.name(),
                    year);
        }

        if (step == RoundStep.TAKEN_OVER) {
            // taken over on the go-live day, 160 days ago, before the current round began
            Instant goLive = now.minus(Duration.ofDays(160)).plus(Duration.ofSeconds(random.nextInt(8 * 3600)));
            return new PlannedTable(
                    unit,
                    year,
                    step,
                    content,
                    true,
                    false,
                    new PlannedTable.Timeline(goLive, null, null, null, null, null),
                    null,
                    null,
                    false,
                    null,
                    null);
        }
        Instant created = now.minus(Duration.ofMinutes(30L * 24 * 60 + random.nextInt(120 * 24 * 60)));
        boolean edited = random.nextDouble() < 0.3;
        Instant editedAt = edited ? after(created, 0.1, 3) : null;
        Instant submitted = step.hasRound() ? after(editedAt != null ? editedAt : created, 1, 10) : null;
        String departmentReviewer = step.hasRound() ? pick(unit.department().reviewers()) : null;
        boolean toFiscal = step == RoundStep.FISCAL_REVIEW || step == RoundStep.APPROVED;
        String fiscalReviewer =
                toFiscal ? pick(org.section(unit.department().sectionCode()).reviewers()) : null;
        boolean open = step == RoundStep.DEPARTMENT_REVIEW || step == RoundStep.FISCAL_REVIEW;
        boolean claimed = open && random.nextDouble() < 0.3;
        // a step the department reviewed has a round, hence a submission; a claimed task an arrival
        Instant reviewed = step.departmentReviewed() && submitted != null ? after(submitted, 0.5, 6) : null;
        Instant arrived = step == RoundStep.FISCAL_REVIEW ? reviewed : submitted;
        Instant claimedAt = claimed && arrived != null ? after(arrived, 0.05, 0.5) : null;
        Instant graded = step == RoundStep.APPROVED && reviewed != null ? after(reviewed, 0.5, 8) : null;
        Instant due = open ? now.plus(Duration.ofMinutes(-3L * 24 * 60 + random.nextInt(10 * 24 * 60))) : null;
        String comment = step == RoundStep.RETURNED ? pick(List.of(RETURN_COMMENTS)) : null;
        return new PlannedTable(
                unit,
                year,
                step,
                content,
                random.nextBoolean(),
                edited,
                new PlannedTable.Timeline(created, editedAt, submitted, claimedAt, reviewed, graded),
                departmentReviewer,
                fiscalReviewer,
                claimed,
                due,
                comment);
    }

    /** A current-round table without ERROR findings for the unit, under a code of its own (marker Q, not P). */
    TargetTable submittable(BenchOrganisation.Unit unit) {
        String code = projectCode(unit, currentYear, 'Q');
        return templates.content(
                templates.cleanVariant(random, currentYear, code, unit.code(), unit.name()),
                TableTemplates.Defect.NONE,
                code,
                unit.code(),
                unit.name(),
                currentYear);
    }

    private String projectCode(BenchOrganisation.Unit unit, int year) {
        return projectCode(unit, year, 'P');
    }

    /** 项目编码: 区划 + year + marker + unit code + a number of the unit and year, unique per year by construction. */
    private String projectCode(BenchOrganisation.Unit unit, int year, char marker) {
        int n = codeCounters.merge(unit.code() + "|" + year + marker, 1, Integer::sum);
        return org.regionCode() + String.format("%02d", year % 100) + marker + unit.code() + String.format("%05d", n);
    }

    private Instant after(Instant t, double minDays, double maxDays) {
        double days = minDays + random.nextDouble() * (maxDays - minDays);
        return t.plus(Duration.ofSeconds((long) (days * 86_400)));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
