package cn.perftarget.bench.rules;

import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.rules.Finding;
import cn.perftarget.domain.rules.ValidationContext;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.Validator;
import cn.perftarget.domain.table.TargetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the validator (all 32 rules, default settings) on the real seed tables: one operation validates one
 * table, so the score is tables per second. Run from the repository root (single thread, short iterations; other
 * JMH options with {@code -Djmh.args=...}, see bench/README.md):
 * <pre>
 *   ./mvnw -Pjmh -pl bench -am verify -DskipTests
 * </pre>
 * <ul>
 *   <li>{@code storedTable}: the 42 tables of the four seed documents in turn, each with its document as context
 *       (what the reviewer's screen and the submission check do);</li>
 *   <li>{@code editedTable}: the same mix, each table a fresh copy (as after a keystroke in the editor), so nothing
 *       cached for the stored siblings applies to it.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidatorBenchmark {

    private final List<TargetTable> tables = new ArrayList<>();
    private final List<ValidationContext> contexts = new ArrayList<>();
    private final Validator validator = Validator.defaults();
    private int next;

    @Setup
    public void setUp() {
        for (String resource : SeedDocuments.RESOURCES) {
            ImportedDocument doc = SeedDocuments.load(resource);
            ValidationContext ctx = DocumentValidation.contextOf(doc);
            for (TargetTable t : doc.tables()) {
                tables.add(t);
                contexts.add(ctx);
            }
        }
        // build the per-document indexes once, as a running application has
        for (int i = 0; i < tables.size(); i++) {
            validator.validate(tables.get(i), contexts.get(i));
        }
    }

    @Benchmark
    public List<Finding> storedTable() {
        int i = next++ % tables.size();
        if (next == tables.size()) {
            next = 0;
        }
        return validator.validate(tables.get(i), contexts.get(i));
    }

    @Benchmark
    public List<Finding> editedTable() {
        int i = next++ % tables.size();
        if (next == tables.size()) {
            next = 0;
        }
        TargetTable t = tables.get(i);
        TargetTable edited = t.withGoals(new String(t.goals().toCharArray()));
        return validator.validate(edited, contexts.get(i));
    }
}
