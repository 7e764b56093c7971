package cn.perftarget.domain.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The non-blank lines of PDF text (blank lines carry no meaning there), with their line numbers, and the
 * matching of captions that the PDF wraps over several lines ("项目" / "编码").
 */
final class PdfLines {

    /** How many lines one caption may be wrapped over (the indicator header takes about six). */
    private static final int MAX_CAPTION_LINES = 12;

    /** @param number 1-based line number; text without surrounding whitespace */
    record Line(int index, int number, String text) {}

    /**
     * A caption found at a line.
     *
     * @param next index (in {@link #lines}) of the first line after the caption
     * @param rest text written after the caption on its last line, or ""
     */
    record Match(int at, int next, String rest) {}

    private final List<Line> lines;

    private PdfLines(List<Line> lines) {
        this.lines = lines;
    }

    static PdfLines of(SourceText src) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < src.size(); i++) {
            String text = src.line(i);
            if (!text.isBlank()) {
                lines.add(new Line(i, SourceText.number(i), text.strip()));
            }
        }
        return new PdfLines(lines);
    }

    List<Line> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    Line get(int i) {
        return lines.get(i);
    }

    boolean hasTable() {
        return !anchors().isEmpty();
    }

    /** Indices of the lines where the caption 项目编码 starts: the start of each table. */
    List<Integer> anchors() {
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (match(i, Labels.PROJECT_CODE).isPresent()) {
                anchors.add(i);
            }
        }
        return anchors;
    }

    /**
     * Whether the caption (in {@link Labels#norm} form) starts at line {@code i}: the line, or the line joined
     * with the following ones, spells it out; text after it on its last line is returned as {@link Match#rest}.
     */
    Optional<Match> match(int i, String caption) {
        StringBuilder acc = new StringBuilder();
        for (int k = i; k < lines.size() && k - i < MAX_CAPTION_LINES; k++) {
            String text = lines.get(k).text();
            String n = Labels.norm(text);
            int before = acc.length();
            acc.append(n);
            String joined = acc.toString();
            if (joined.equals(caption)) {
                return Optional.of(new Match(i, k + 1, ""));
            }
            if (joined.startsWith(caption)) {
                return Optional.of(new Match(i, k + 1, afterChars(text, caption.length() - before)));
            }
            if (!caption.startsWith(joined)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The text after its first {@code count} non-whitespace characters, trimmed. */
    private static String afterChars(String text, int count) {
        int seen = 0;
        int p = 0;
        while (p < text.length() && seen < count) {
            if (!Character.isWhitespace(text.charAt(p))) {
                seen++;
            }
            p++;
        }
        return text.substring(p).strip();
    }
}
