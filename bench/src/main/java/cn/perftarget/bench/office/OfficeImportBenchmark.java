package cn.perftarget.bench.office;

import cn.perftarget.domain.importer.ImportOptions;
import cn.perftarget.domain.importer.ImportedDocument;
import cn.perftarget.domain.importer.SeedDocuments;
import cn.perftarget.domain.office.OfficeImporter;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.office.write.PublicationDocument;
import cn.perftarget.domain.office.write.PublicationHeader;
import cn.perftarget.domain.rules.validation.DocumentValidation;
import cn.perftarget.domain.rules.validation.DocumentValidation.TableFindings;
import cn.perftarget.domain.rules.validation.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import of a 24-table Word document, parse and validate, without saving (the upload's preview): the publication
 * document of seed 004 (department 442's 24 tables with its department part, as our writer publishes it),
 * checked by the guard, read by the Office importer and validated with the default rules, table by table against the
 * others. The JVM is told it has one processor ({@code -XX:ActiveProcessorCount=1}: one GC and compiler thread
 * count, as on one core). Run from the repository root:
 * <pre>
 *   ./mvnw -q -Pjmh -pl bench -am verify -DskipTests -Djmh.args="OfficeImportBenchmark"
 * </pre>
 * <ul>
 *   <li>{@code warm}: milliseconds per document in a warmed-up JVM (a running server), average of each
 *       iteration;</li>
 *   <li>{@code firstInFreshJvm}: the very first import in a new JVM (the reading classes loaded, nothing compiled yet; the
 *       set-up has already written the document with POI), one shot per fork.</li>
 * </ul>
 */
@State(Scope.Thread)
@Fork(value = 3, jvmArgsAppend = "-XX:ActiveProcessorCount=1")
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OfficeImportBenchmark {

    private final OfficeImporter importer = new OfficeImporter();
    private final Validator validator = Validator.defaults();
    private byte[] docx = new byte[0];

    @Setup
    public void setUp() {
        ImportedDocument seed = SeedDocuments.load(SeedDocuments.resource("004"));
        docx = PublicationDocument.docx(
                new PublicationHeader("442", "秦皇岛经济技术开发区行政审批局", 2021), seed.department(), seed.tables());
    }

    private List<TableFindings> importDocument() {
        ImportedDocument doc = importer.read("442-2021.docx", docx, ImportOptions.NONE, OfficeLimits.DEFAULTS);
        return DocumentValidation.validate(validator, doc);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<TableFindings> warm() {
        return importDocument();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<TableFindings> firstInFreshJvm() {
        return importDocument();
    }
}
