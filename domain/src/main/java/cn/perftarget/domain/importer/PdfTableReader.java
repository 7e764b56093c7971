package cn.perftarget.domain.importer;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.importer.PdfLines.Line;
import cn.perftarget.domain.importer.PdfLines.Match;
import cn.perftarget.domain.table.IndicatorRow;
import cn.perftarget.domain.table.MoneyCell;
import cn.perftarget.domain.table.SpendingPlan;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the 绩效目标表 in PDF text. Each table starts at the caption 项目编码 (wrapped or not) and runs to the
 * next one. Its captions come in a fixed order; the text between two captions is the first one's cell.
 */
final class PdfTableReader {

    private enum Caption {
        NAME(Labels.PROJECT_NAME, Labels.PDF_PROJECT_NAME, Labels.PROJECT_NAME),
        PURPOSE("项目资金主要用途", Labels.PURPOSE, Labels.PURPOSE_SHORT),
        PLAN("资金支出计划（%）", Labels.PLAN),
        GOALS(Labels.GOALS, Labels.GOALS),
        HEADER(
                Message.of("importer.indicatorHeader", Labels.INDICATOR_HEADER.get(0), Labels.INDICATOR_HEADER.get(1)),
                String.join("", Labels.INDICATOR_HEADER));

        /** How a problem names it: the caption as documents print it (data), or a description. */
        final Object display;

        final List<String> spellings;

        Caption(Object display, String... spellings) {
            this.display = display;
            this.spellings = List.of(spellings);
        }
    }

    /** A caption found: at line {@code at}, its cell from {@code rest} and the lines from {@code next}. */
    private record Found(int at, int next, String rest) {}

    List<FoundTable> read(SourceText src, ProblemLog log) {
        PdfLines lines = PdfLines.of(src);
        List<Integer> anchors = lines.anchors();
        List<FoundTable> found = new ArrayList<>();
        orphanAt(lines, 0, anchors.isEmpty() ? lines.size() : anchors.get(0))
                .ifPresent(j -> reportOrphan(lines, j, log));
        for (int k = 0; k < anchors.size(); k++) {
            int bound = k + 1 < anchors.size() ? anchors.get(k + 1) : lines.size();
            found.add(readTable(lines, anchors.get(k), bound, log));
        }
        return found;
    }

    private FoundTable readTable(PdfLines lines, int anchor, int bound, ProblemLog log) {
        Optional<UnitLine> unit =
                anchor > 0 ? UnitLine.parse(lines.get(anchor - 1).text()) : Optional.empty();
        int first = unit.isPresent() ? anchor - 1 : anchor;

        // 项目编码, its value after it on the same line or on the next, often followed by 预算项目名称 and the name
        Match codeCaption = lines.match(anchor, Labels.PROJECT_CODE).orElseThrow();
        int pos = codeCaption.next();
        String codeLine = codeCaption.rest();
        int codeLineNumber = lines.get(pos - 1).number();
        if (codeLine.isEmpty() && pos < bound) {
            codeLineNumber = lines.get(pos).number();
            codeLine = lines.get(pos++).text();
        }
        String projectCode = codeLine;
        String inlineName = null;
        for (String spelling : Caption.NAME.spellings) {
            int at = codeLine.indexOf(spelling);
            if (inlineName == null && at >= 0) {
                projectCode = codeLine.substring(0, at).strip();
                inlineName = codeLine.substring(at + spelling.length()).strip();
            }
        }
        if (projectCode.isEmpty()) {
            log.add(codeLineNumber, "importer.noProjectCode");
        }

        Map<Caption, Found> found = new LinkedHashMap<>();
        if (inlineName != null) {
            found.put(Caption.NAME, new Found(pos, pos, inlineName));
        }
        for (Caption caption : Caption.values()) {
            if (found.containsKey(caption)) {
                continue;
            }
            Optional<Found> f = find(lines, pos, bound, caption);
            if (f.isPresent()) {
                found.put(caption, f.get());
                pos = f.get().next();
            } else {
                log.add(
                        lines.get(Math.min(pos, bound - 1)).number(),
                        "importer.tableLacksCaption",
                        projectCode,
                        caption.display);
            }
        }

        String name = Paragraphs.pdf(content(lines, found, Caption.NAME, bound));
        String purpose = Paragraphs.pdf(content(lines, found, Caption.PURPOSE, bound));
        SpendingPlan plan = found.containsKey(Caption.PLAN)
                ? plan(
                        content(lines, found, Caption.PLAN, bound),
                        lines.get(found.get(Caption.PLAN).at()).number(),
                        log)
                : SpendingPlan.BLANK;
        String goals = Paragraphs.pdf(content(lines, found, Caption.GOALS, bound));
        TargetTable table = new TargetTable(
                projectCode,
                name,
                unit.map(UnitLine::code).orElse(""),
                unit.map(UnitLine::name).orElse(""),
                null,
                MoneyCell.BLANK,
                MoneyCell.BLANK,
                MoneyCell.BLANK,
                purpose,
                plan,
                goals,
                List.of());

        List<IndicatorRow> rows = List.of();
        Found header = found.get(Caption.HEADER);
        if (header != null) {
            List<Line> body = new ArrayList<>();
            if (!header.rest().isEmpty()) {
                Line last = lines.get(header.next() - 1);
                body.add(new Line(last.index(), last.number(), header.rest()));
            }
            int end = orphanAt(lines, header.next(), bound).orElse(bound);
            if (end < bound) {
                reportOrphan(lines, end, log);
            }
            body.addAll(lines.lines().subList(header.next(), end));
            rows = new PdfIndicatorReader(body, log).read();
        } else {
            log.add(lines.get(anchor).number(), "importer.noIndicators", projectCode);
        }
        return new FoundTable(lines.get(first).index(), table.withIndicators(rows));
    }

    /**
     * Captions that only a table's upper part has (and the line "… 预算项目名称 …"): below a table's rows, or
     * above the first table, they are the remains of a table whose 项目编码 is missing.
     */
    private static final List<String> ORPHAN_SIGNS =
            List.of(Labels.PURPOSE, Labels.PLAN, String.join("", Labels.INDICATOR_HEADER));

    private static Optional<Integer> orphanAt(PdfLines lines, int from, int to) {
        for (int j = from; j < to; j++) {
            if (Labels.norm(lines.get(j).text()).contains(Labels.PDF_PROJECT_NAME)) {
                return Optional.of(j);
            }
            for (String sign : ORPHAN_SIGNS) {
                if (lines.match(j, sign).isPresent()) {
                    return Optional.of(j);
                }
            }
        }
        return Optional.empty();
    }

    private static void reportOrphan(PdfLines lines, int j, ProblemLog log) {
        log.add(lines.get(j).number(), "importer.orphan", lines.get(j).text(), Labels.PROJECT_CODE);
    }

    private static Optional<Found> find(PdfLines lines, int from, int bound, Caption caption) {
        for (int j = from; j < bound; j++) {
            for (String spelling : caption.spellings) {
                Optional<Match> m = lines.match(j, spelling);
                if (m.isPresent() && m.get().next() <= bound) {
                    return Optional.of(new Found(j, m.get().next(), m.get().rest()));
                }
            }
        }
        return Optional.empty();
    }

    /** A caption's cell: the text after it on its line and the lines up to the next caption found. */
    private static List<String> content(PdfLines lines, Map<Caption, Found> found, Caption caption, int bound) {
        Found f = found.get(caption);
        if (f == null) {
            return List.of();
        }
        int end = bound;
        for (Caption later : Caption.values()) {
            Found g = found.get(later);
            if (later.ordinal() > caption.ordinal() && g != null) {
                end = g.at();
                break;
            }
        }
        List<String> text = new ArrayList<>();
        if (!f.rest().isEmpty()) {
            text.add(f.rest());
        }
        for (int j = f.next(); j < end; j++) {
            text.add(lines.get(j).text());
        }
        return text;
    }

    /**
     * 3月底 6月底 10月底 12月底 followed by the four values; a blank value cannot be placed in PDF text. A plan that
     * cannot be read is logged and stays blank.
     */
    private static SpendingPlan plan(List<String> text, int line, ProblemLog log) {
        List<String> tokens = Arrays.stream(String.join(" ", text).split("\\s+"))
                .filter(t -> !t.isEmpty())
                .toList();
        int captions = 0;
        while (captions < tokens.size()
                && captions < Labels.CHECKPOINTS.size()
                && Labels.is(tokens.get(captions), Labels.CHECKPOINTS.get(captions))) {
            captions++;
        }
        if (captions != Labels.CHECKPOINTS.size()) {
            log.add(line, "importer.planWithoutCheckpoints", Labels.CHECKPOINTS);
            return SpendingPlan.BLANK;
        }
        List<String> values = tokens.subList(captions, tokens.size());
        if (values.size() != Labels.CHECKPOINTS.size()) {
            log.add(line, "importer.planValueCount", values.size());
            return SpendingPlan.BLANK;
        }
        return SpendingPlan.of(values);
    }
}
