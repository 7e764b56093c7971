package cn.perftarget.domain.importer;

import cn.perftarget.domain.i18n.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Collects {@link ImportProblem}s while reading. The readers count in 1-based positions of the source (the lines
 * of pasted text, the items of an Office document); the log turns a position into its {@link SourcePlace}.
 */
final class ProblemLog {

    private record Entry(int position, ImportProblem problem) {}

    private final List<Entry> entries = new ArrayList<>();
    private final IntFunction<SourcePlace> places;

    /** Positions are lines of pasted text. */
    ProblemLog() {
        this(SourcePlace.Line::new);
    }

    /** @param places the place of a 1-based position (never asked for 0, the whole document) */
    ProblemLog(IntFunction<SourcePlace> places) {
        this.places = places;
    }

    /** A problem at a 1-based position (0: the whole document): a bundle key ({@code importer.*}) and its arguments. */
    void add(int position, String key, Object... args) {
        entries.add(new Entry(position, new ImportProblem(place(position), Message.of(key, args))));
    }

    /** The place of a 1-based position, to name it in a problem. */
    SourcePlace place(int position) {
        return position > 0 ? places.apply(position) : SourcePlace.WHOLE;
    }

    List<ImportProblem> sorted() {
        return entries.stream()
                .sorted(Comparator.comparingInt(Entry::position))
                .map(Entry::problem)
                .toList();
    }
}
