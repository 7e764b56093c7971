package cn.perftarget.domain.value;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses 指标值 text; the grade list is configuration. Never throws.
 * <p>
 * Order: blank → grade (exact, spaces ignored) → deadline/time point → quantitative → free text.
 * The quantitative grammar is {@code [每X] [operator-word|symbol] number [unit] [以上|以下|以内…]}, read by a
 * hand-written scanner over a folded copy of the text (full-width forms, spaces and look-alike symbols folded), so a
 * parse costs one short pass and no regex is compiled per call; it runs on every keystroke.
 */
public final class ValueParser {

    public static final List<String> DEFAULT_GRADES = List.of("好", "较好", "一般", "较差", "差", "良好", "优秀", "合格", "达标");
    public static final ValueParser DEFAULT = new ValueParser(DEFAULT_GRADES);

    /** Operator words written before the number, longest first so that 大于等于 wins over 大于. */
    private static final String[] PREFIX_WORDS = {
        "大于等于", "小于等于", "大于或等于", "小于或等于", "不低于", "不少于", "不小于", "不超过", "不高于", "不大于",
        "不多于", "至少", "最多", "达到", "大于", "小于", "高于", "低于", "超过", "等于"
    };

    private static final Operator[] PREFIX_OPS = {
        Operator.GE, Operator.LE, Operator.GE, Operator.LE, Operator.GE, Operator.GE, Operator.GE, Operator.LE,
        Operator.LE, Operator.LE, Operator.LE, Operator.GE, Operator.LE, Operator.GE, Operator.GT, Operator.LT,
        Operator.GT, Operator.LT, Operator.GT, Operator.EQ
    };

    /** Operator words written after the number (and unit): 98%以上 means ≥98%. */
    private static final String[] SUFFIX_WORDS = {"及以上", "及以下", "以上", "以下", "以内", "之内"};

    private static final Operator[] SUFFIX_OPS = {
        Operator.GE, Operator.LE, Operator.GE, Operator.LE, Operator.LE, Operator.LE
    };

    /** The most digits a number of a value may have (a longer one is text): BigDecimal reads digits in quadratic time. */
    private static final int MAX_DIGITS = 40;

    /** Multipliers that may stand before a unit, or alone: 万 in 1万, 万元, 25万份. */
    private static final String[] MULTIPLIERS = {"万", "亿", "千"};

    /** Base units, longest first (a greedy scan takes the first that matches). */
    private static final String[] UNITS = sortedLongestFirst(
            "%",
            "‰", "个百分点", "百分点", "元", "次", "人次", "车次", "份次", "个", "台", "套", "本", "人", "名", "篇", "条", "项", "份", "天", "日",
            "月", "年", "周", "小时", "分钟", "个工作日", "工作日", "个月", "季度", "件", "户", "家", "所", "场", "期", "批", "册", "张", "辆", "处",
            "座", "间", "部", "平方米", "平米", "㎡", "米", "公里", "千米", "吨", "公斤", "千克", "亩", "课时", "学时", "宗", "笔", "单", "门", "类",
            "种", "盒", "箱", "页", "卷", "块", "根", "倍", "分", "级", "岗", "个岗位", "架", "人天", "人月", "株", "棵", "只", "头", "盏",
            "GB", "TB", "M", "G");

    /** Frequency words after 每: 每天1次以上 is ≥ 1 次/天. */
    private static final String[] PER_WORDS = {"季度", "年", "季", "月", "周", "日", "天"};

    /** 每月15日前, 10日之前, 11月以前完成, 2日内完成, 12月31日前, 年底前完成 … */
    private static final Pattern DEADLINE =
            Pattern.compile("(?:每(?:年|季度|季|月|周|日|天))?(?:\\d+(?:\\.\\d+)?|[〇零一二两三四五六七八九十百]+)?个?"
                    + "(?:工作日|日|号|天|月底|月末|月份|月|年底|年末|季度末|周|小时)(?:\\d+(?:日|号))?"
                    + "(?:前|之前|以前|内|之内)"
                    + "(?:完成|办结|办理|办完|发放|支付|付款|到位|送达|领取|结束|完工|上报|拨付|兑现|交付|验收)?");
    /** 当日办结, 即时办结, 当天完成 … */
    private static final Pattern SAME_DAY = Pattern.compile("(?:当日|当天|即日|即时|立即|随到随)(?:办结|完成|办理|办|领取|送达|发放|处理)");

    private final Set<String> grades;

    public ValueParser(List<String> grades) {
        this.grades = Set.copyOf(
                grades.stream().map(ValueParser::fold).filter(g -> !g.isEmpty()).toList());
    }

    /** The configured grade list, folded (no spaces, half-width). */
    public Set<String> grades() {
        return grades;
    }

    public IndicatorValue parse(String text) {
        String original = text == null ? "" : text;
        try {
            return parseFolded(original, fold(original));
        } catch (RuntimeException e) {
            // defensive: the scanner is total, but a value must never break typing
            return new IndicatorValue(original, ValueKind.TEXT, null, null, null);
        }
    }

    private IndicatorValue parseFolded(String original, String s) {
        if (s.isEmpty()) {
            return new IndicatorValue(original, ValueKind.BLANK, null, null, null);
        }
        if (grades.contains(s)) {
            return new IndicatorValue(original, ValueKind.GRADE, null, null, null);
        }
        if (mayBeDeadline(s)
                && (DEADLINE.matcher(s).matches() || SAME_DAY.matcher(s).matches())) {
            return new IndicatorValue(original, ValueKind.DEADLINE, null, null, null);
        }
        IndicatorValue q = quantitative(original, s);
        return q != null ? q : new IndicatorValue(original, ValueKind.TEXT, null, null, null);
    }

    private static boolean mayBeDeadline(String s) {
        return s.indexOf('前') >= 0
                || s.indexOf('内') >= 0
                || s.startsWith("当")
                || s.startsWith("即")
                || s.startsWith("立")
                || s.startsWith("随");
    }

    /** The scanner of {@code [每X] [op] number [unit] [suffix-op]}; null when the text is not of that shape. */
    private static @Nullable IndicatorValue quantitative(String original, String s) {
        int i = 0;
        int n = s.length();
        String per = null;
        if (s.charAt(0) == '每') {
            for (String w : PER_WORDS) {
                if (s.startsWith(w, 1)) {
                    per = w;
                    i = 1 + w.length();
                    break;
                }
            }
            if (per == null) {
                return null;
            }
        }
        Operator op = null;
        boolean weakPrefix = false; // 达到95%以上: the suffix says it better
        if (i < n) {
            char c = s.charAt(i);
            if (c == '≥' || c == '≤' || c == '>' || c == '<' || c == '=') {
                if (i + 1 < n && s.charAt(i + 1) == '=' && (c == '>' || c == '<')) {
                    op = c == '>' ? Operator.GE : Operator.LE;
                    i += 2;
                } else {
                    op = switch (c) {
                        case '≥' -> Operator.GE;
                        case '≤' -> Operator.LE;
                        case '>' -> Operator.GT;
                        case '<' -> Operator.LT;
                        default -> Operator.EQ;
                    };
                    i++;
                }
            } else {
                for (int k = 0; k < PREFIX_WORDS.length; k++) {
                    if (s.startsWith(PREFIX_WORDS[k], i)) {
                        op = PREFIX_OPS[k];
                        weakPrefix = "达到".equals(PREFIX_WORDS[k]);
                        i += PREFIX_WORDS[k].length();
                        break;
                    }
                }
            }
        }
        // number: Arabic digits (with thousands separators and one decimal point) or a small Chinese numeral
        int start = i;
        BigDecimal number;
        if (i < n && (isDigit(s.charAt(i)) || (s.charAt(i) == '-' && i + 1 < n && isDigit(s.charAt(i + 1))))) {
            StringBuilder digits = new StringBuilder(n - i);
            if (s.charAt(i) == '-') {
                digits.append('-');
                i++;
            }
            boolean point = false;
            while (i < n) {
                char c = s.charAt(i);
                if (isDigit(c)) {
                    digits.append(c);
                } else if (c == '.' && !point && i + 1 < n && isDigit(s.charAt(i + 1))) {
                    point = true;
                    digits.append(c);
                } else if (c == ',' && !point && i + 1 < n && isDigit(s.charAt(i + 1))) {
                    // thousands separator: skip
                } else {
                    break;
                }
                i++;
            }
            if (digits.length() > MAX_DIGITS) {
                return null; // no indicator counts in such numbers; reading one would take quadratic time
            }
            number = new BigDecimal(digits.toString());
        } else {
            int end = i;
            while (end < n && chineseDigit(s.charAt(end)) >= 0) {
                end++;
            }
            if (end == i) {
                return null;
            }
            long v = chineseNumber(s, i, end);
            if (v < 0) {
                return null;
            }
            number = BigDecimal.valueOf(v);
            i = end;
        }
        if (i == start) {
            return null;
        }
        // unit: [multiplier] [base] (/ base)*
        int unitStart = i;
        int whole = matchUnit(s, i);
        if (whole > i) {
            i = whole;
        } else {
            for (String m : MULTIPLIERS) {
                if (s.startsWith(m, i)) {
                    i += m.length();
                    break;
                }
            }
            i = matchUnit(s, i);
        }
        while (i < n && s.charAt(i) == '/') {
            int next = matchUnit(s, i + 1);
            if (next == i + 1) {
                break;
            }
            i = next;
        }
        String unit = s.substring(unitStart, i);
        // suffix operator word: 以上, 以下, 以内 …
        for (int k = 0; k < SUFFIX_WORDS.length; k++) {
            if (s.startsWith(SUFFIX_WORDS[k], i)) {
                if (op != null && op != SUFFIX_OPS[k] && !weakPrefix) {
                    return null; // 不超过95%以上: two operators that disagree
                }
                op = SUFFIX_OPS[k];
                i += SUFFIX_WORDS[k].length();
                break;
            }
        }
        if (i != n) {
            return null;
        }
        if (per != null) {
            unit = unit.isEmpty() ? "次/" + per : unit + "/" + per;
        }
        return new IndicatorValue(original, ValueKind.QUANTITATIVE, op == null ? Operator.EQ : op, number, unit);
    }

    private static int matchUnit(String s, int i) {
        for (String u : UNITS) {
            if (s.startsWith(u, i)) {
                return i + u.length();
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int chineseDigit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            case '十' -> 10;
            case '百' -> 100;
            default -> -1;
        };
    }

    /** 一 → 1, 十二 → 12, 二十 → 20, 三百零五 → 305; -1 when malformed. */
    private static long chineseNumber(String s, int from, int to) {
        long total = 0;
        long digit = -1;
        for (int i = from; i < to; i++) {
            int d = chineseDigit(s.charAt(i));
            if (d == 10 || d == 100) {
                total += (digit < 0 ? 1 : digit) * d;
                digit = -1;
            } else {
                if (digit >= 0 && digit != 0) {
                    return -1; // 二三: not a number
                }
                digit = d;
            }
        }
        return total + Math.max(digit, 0);
    }

    /**
     * Folds a value for reading: full-width forms to half-width, look-alike comparison signs (≧ ≦ ⩾ ⩽ ﹥ ﹤) to
     * ≥ ≤ > &lt;, all white space removed, trailing punctuation (。，；) dropped.
     */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            switch (c) {
                case '≧', '⩾' -> b.append('≥');
                case '≦', '⩽' -> b.append('≤');
                case '﹥', '〉' -> b.append('>');
                case '﹤', '〈' -> b.append('<');
                case '﹪' -> b.append('%');
                case '。', '；', '、', '，' -> b.append(c);
                default -> {
                    if (!Character.isWhitespace(c)
                            && c != '\u3000'
                            && c != '\u00A0'
                            && c != '\u200B'
                            && c != '\uFEFF') {
                        b.append(c);
                    }
                }
            }
        }
        int end = b.length();
        while (end > 0) {
            char c = b.charAt(end - 1);
            if (c == '。' || c == '；' || c == '，' || c == '、' || c == '.' || c == ',' || c == ';') {
                end--;
            } else {
                break;
            }
        }
        b.setLength(end);
        return b.toString();
    }

    private static String[] sortedLongestFirst(String... units) {
        return java.util.Arrays.stream(units)
                .sorted((a, c) -> Integer.compare(c.length(), a.length()))
                .toArray(String[]::new);
    }
}
