package cn.perftarget.domain.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects {@link ImportProblem}s while reading. */
final class ProblemLog {

    private final List<ImportProblem> problems = new ArrayList<>();

    void add(int lineNumber, String message) {
        problems.add(new ImportProblem(lineNumber, message));
    }

    List<ImportProblem> sorted() {
        return problems.stream().sorted(Comparator.comparingInt(ImportProblem::lineNumber)).toList();
    }
}
