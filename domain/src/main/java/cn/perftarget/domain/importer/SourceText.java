package cn.perftarget.domain.importer;

import java.util.List;

/** The pasted text as lines; line numbers shown to the user are 1-based. */
final class SourceText {

    private final List<String> lines;

    private SourceText(List<String> lines) {
        this.lines = lines;
    }

    static SourceText of(String text) {
        String t = text == null ? "" : text;
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        return new SourceText(t.lines().toList());
    }

    /** Lines as they are (an Office document's items, a table cell's line may hold line breaks of its own). */
    static SourceText ofLines(List<String> lines) {
        return new SourceText(List.copyOf(lines));
    }

    int size() {
        return lines.size();
    }

    /** The line at 0-based {@code index}. */
    String line(int index) {
        return lines.get(index);
    }

    /** The 1-based line number of 0-based {@code index}. */
    static int number(int index) {
        return index + 1;
    }

    List<String> lines() {
        return lines;
    }
}
