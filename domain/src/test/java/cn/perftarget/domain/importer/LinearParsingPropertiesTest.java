package cn.perftarget.domain.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.domain.value.ValueParser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.Function;
import java.util.function.IntFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Reading pasted text takes time linear in its size, whatever it holds (入侵防范: no regular expression or loop on
 * user input may be super-linear). Each try builds an adversarial text — long runs of spaces, of digits, of Chinese
 * punctuation, near-matches of the headings, captions and unit lines the importer looks for, many short tables, a
 * cell continued over thousands of lines — at a size n and at 4n, and reads both with the paste importer and the
 * value parser: the larger takes at most about 4 times as long (a quadratic reading would take 16 times), and no
 * reading takes more than a second. Times are the best of three after a warm-up, to keep a shared machine's noise
 * out; a reading under 60 ms counts as 60 ms.
 */
class LinearParsingPropertiesTest {

    /** characters of the smaller text; the larger has four times as many */
    private static final int SMALL = 60_000;

    private static final long FLOOR_NANOS = 60_000_000L;
    /** linear: 4; allowed: 8 (noise, the JIT); quadratic: 16 */
    private static final double MAX_GROWTH = 8.0;

    private static final long MAX_NANOS = 1_000_000_000L;

    /** An adversarial text of about {@code n} characters, named for the report. */
    record Adversary(String name, IntFunction<String> text) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Property(tries = 40)
    void pastedTextIsReadInLinearTime(@ForAll("adversaries") Adversary adversary) {
        PasteImporter importer = new PasteImporter();
        assertLinear(adversary, importer::read);
    }

    /** The texts that were read in quadratic time before, each of them every time. */
    @Property(generation = GenerationMode.EXHAUSTIVE)
    void theTextsOnceReadInQuadraticTimeAreReadInLinearTime(@ForAll("known") Adversary adversary) {
        PasteImporter importer = new PasteImporter();
        assertLinear(adversary, importer::read);
    }

    @Provide
    Arbitrary<Adversary> known() {
        return Arbitraries.of(
                // Headings: the TOC field's \s+TC\s on a line with a long run of spaces (every line is a heading
                // candidate)
                new Adversary("a long run of spaces on a line", n -> "2021年" + " ".repeat(n) + "预算"),
                // UnitLine: ^\s*(\d{6})(?!\d)\s*(\S.*?)?\s*$ on a unit cell with a run of spaces in its name
                new Adversary(
                        "a unit cell with a long run of spaces", n -> "\t438001单位" + " ".repeat(n) + "本级\n\t项目编码\n"),
                new Adversary(
                        "a unit line with a long run of spaces (PDF)",
                        n -> "438001单位" + " ".repeat(n) + "本级\n项目编码 1\n"),
                // Headings: [bookmark:[^]]*] on many openings without their ]
                new Adversary("bookmarks without their end", n -> "[bookmark:".repeat(n / 10)),
                // Headings.yearAbove: every table read every line above it
                new Adversary("many tables", n -> "\t项目编码\n".repeat(n / 6)),
                // Cell.append: a cell continued over many lines copied itself for each line
                new Adversary("a cell continued over many lines", n -> "\t项目编码\n\t1\n" + "续\n".repeat(n / 2)),
                new Adversary(
                        "an indicator cell continued over many lines",
                        n -> "\t项目编码\n\t1\n\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n"
                                + "\t产出指标\n\t数量指标\n\t指标\n\t描述\n\t值\n\t依据\n" + "续\n".repeat(n / 2)));
    }

    @Property(tries = 25)
    void indicatorValuesAreParsedInLinearTime(@ForAll("values") Adversary adversary) {
        assertLinear(adversary, ValueParser.DEFAULT::parse);
    }

    private static void assertLinear(Adversary adversary, Function<String, ?> reader) {
        String small = adversary.text().apply(SMALL);
        String large = adversary.text().apply(4 * SMALL);
        reader.apply(small); // warm-up
        long t1 = Math.max(FLOOR_NANOS, best(reader, small));
        long t4 = best(reader, large);
        assertThat(t4)
                .as("%s: %d chars took %d ms", adversary, large.length(), t4 / 1_000_000)
                .isLessThan(MAX_NANOS);
        assertThat((double) t4 / t1)
                .as(
                        "%s: %d ms for %d chars, %d ms for 4 times as many",
                        adversary, t1 / 1_000_000, small.length(), t4 / 1_000_000)
                .isLessThan(MAX_GROWTH);
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /**
     * The least CPU time of this thread over a few reads: other processes on a busy machine (a CI runner, parallel
     * builds) take wall time but not this thread's CPU time, so the ratio stays a property of the parser.
     */
    private static long best(Function<String, ?> reader, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = CPU.getCurrentThreadCpuTime();
            reader.apply(text);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - t0);
            if (best > MAX_NANOS) {
                break; // already too slow: no need to wait three times
            }
        }
        return best;
    }

    @Provide
    Arbitrary<Adversary> adversaries() {
        Arbitrary<String> filler = Arbitraries.of(" ", "\u3000", "\t ", "1", "0", "，", "。", "、", "：", "（", "x", "预算");
        Arbitrary<String> prefix = Arbitraries.of(
                "", "438001", "\t438001", "2021年", "三、2021年部门预算", "[bookmark:", "\t项目编码", "绩效目标：", "项目编");
        Arbitrary<String> suffix = Arbitraries.of("", "x", "年", "TC", "表", "项目编码", "\n\t项目编码\n");
        Arbitrary<Adversary> runs = Combinators.combine(
                        prefix, filler, suffix, Arbitraries.integers().between(1, 4))
                .as((p, f, s, lines) -> new Adversary(
                        "one run of '" + f + "' after '" + p + "' before '" + s + "' on " + lines + " line(s)",
                        n -> lines(lines, p + f.repeat(Math.max(1, n / lines / f.length())) + s)));
        Arbitrary<Adversary> repeated = Arbitraries.of(
                        "[bookmark:",
                        " TC ",
                        "2020年部门预算绩效信息",
                        "三、2021年部门预算绩效信息\n",
                        "438001 ",
                        "\t438001唐山市 \n",
                        "\t项目编码\n",
                        "\t项目编码\n\t1\n\n",
                        "项目\n编码\n",
                        "1.1.1.",
                        "（一）",
                        "绩效目标：绩效指标：",
                        "\t一级指标\n",
                        "\n",
                        "\t\n")
                .map(unit -> new Adversary(
                        "'" + unit.replace("\n", "\\n").replace("\t", "\\t") + "' repeated",
                        n -> unit.repeat(Math.max(1, n / unit.length()))));
        Arbitrary<Adversary> continued = Arbitraries.of("续", "第一段文字内容，", " ")
                .map(line -> new Adversary(
                        "a cell continued over many lines of '" + line + "'",
                        n -> "\t项目编码\n\t123\n\t项目名称\n\t名称\n"
                                + (line + "\n").repeat(Math.max(1, n / (line.length() + 1)))));
        Arbitrary<Adversary> indicatorCell = Arbitraries.of("续", "1", " ")
                .map(line -> new Adversary(
                        "an indicator cell continued over many lines of '" + line + "'",
                        n -> "\t项目编码\n\t1\n\t一级指标\n\t二级指标\n\t三级指标\n\t绩效指标描述\n\t指标值\n\t指标值确定依据\n\n"
                                + "\t产出指标\n\t数量指标\n\t指标\n\t描述\n\t值\n\t依据\n"
                                + (line + "\n").repeat(Math.max(1, n / (line.length() + 1)))));
        return Arbitraries.oneOf(runs, repeated, continued, indicatorCell);
    }

    @Provide
    Arbitrary<Adversary> values() {
        Arbitrary<String> filler = Arbitraries.of(" ", "1", "0", "，", "。", "、", "十", "每", "前", "%", "1.", "≥");
        Arbitrary<String> prefix = Arbitraries.of("", "≥", "每年", "不低于", "1", "10月底", "当日");
        Arbitrary<String> suffix = Arbitraries.of("", "%", "前", "个工作日内", "以上", "x");
        return Combinators.combine(prefix, filler, suffix)
                .as((p, f, s) -> new Adversary(
                        "'" + p + "' + a run of '" + f + "' + '" + s + "'",
                        n -> p + f.repeat(Math.max(1, n / f.length())) + s));
    }

    private static String lines(int count, String line) {
        return String.join("\n", java.util.Collections.nCopies(count, line));
    }
}
