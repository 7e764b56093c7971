package cn.perftarget.domain.importer;

import cn.perftarget.domain.i18n.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects {@link ImportProblem}s while reading. */
final class ProblemLog {

    private final List<ImportProblem> problems = new ArrayList<>();

    /** A problem at a 1-based line (0: the whole text): a bundle key ({@code importer.*}) and its arguments. */
    void add(int lineNumber, String key, Object... args) {
        problems.add(new ImportProblem(lineNumber, Message.of(key, args)));
    }

    List<ImportProblem> sorted() {
        return problems.stream()
                .sorted(Comparator.comparingInt(ImportProblem::lineNumber))
                .toList();
    }
}
