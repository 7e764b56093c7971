package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.workflow.deadline.CalendarDay;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the 工作日历 of one year from text, one entry a line:
 *
 * <pre>
 * 2025-10-01~2025-10-08 休 国庆节、中秋节
 * 2025-09-28 班 国庆节调休
 * </pre>
 *
 * A date ({@code 2025-10-01}, {@code 2025/10/1}, {@code 2025.10.1}, {@code 2025年10月1日}) or a range of at most 31
 * days (two dates joined by {@code ~ ～ 至 到 —}), then 休 (a holiday: also 假, 放假, 休息, 节假日) or 班 (a 调休
 * working day: also 上班, 补班, 工作日), then an optional name; apart by spaces, tabs or commas. Blank lines and lines
 * starting with {@code #} are skipped. Each line that cannot be read, a date of another year, and a day given twice
 * with different kinds is a problem of its line. Plain weekdays and weekends need no line.
 */
final class CalendarText {

    static final int MAX_LINES = 1_000;
    static final int MAX_RANGE_DAYS = 31;
    static final int MAX_NAME = 100;

    private static final String DATE = "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?";
    private static final Pattern LINE = Pattern.compile(
            "^" + DATE + "(?:\\s*(?:~|～|至|到|—|–|--)\\s*" + DATE + ")?[\\s,，、;；]+(\\S+?)(?:[\\s,，;；]+(.*))?$");
    private static final Set<String> HOLIDAY = Set.of("休", "假", "放假", "休息", "节假日", "假日", "off", "holiday");
    private static final Set<String> WORKING = Set.of("班", "上班", "补班", "工作日", "调休上班", "work", "working");

    private CalendarText() {}

    /** Every line of {@code text} read as an entry of {@code year}. */
    static CalendarPreview read(int year, String text) {
        List<String> raw = text.lines().toList();
        List<Numbered> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new Numbered(i + 1, raw.get(i)));
        }
        return read(year, lines);
    }

    /** A line with its number (for a sheet: the row number). */
    record Numbered(int number, String text) {}

    static CalendarPreview read(int year, List<Numbered> input) {
        List<CalendarLine> lines = new ArrayList<>();
        Map<LocalDate, Seen> seen = new HashMap<>();
        int entries = 0;
        for (Numbered n : input) {
            String text = n.text().strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (++entries > MAX_LINES) {
                lines.add(new CalendarLine(
                        n.number(), text, List.of(), List.of(Message.of("error.calendar.tooManyLines", MAX_LINES))));
                break;
            }
            lines.add(line(year, n.number(), text, seen));
        }
        List<CalendarDay> days = lines.stream()
                .filter(CalendarLine::ok)
                .flatMap(l -> l.days().stream())
                .sorted(Comparator.comparing(CalendarDay::day))
                .toList();
        return new CalendarPreview(year, lines, days);
    }

    private record Seen(int line, boolean working) {}

    private static CalendarLine line(int year, int number, String text, Map<LocalDate, Seen> seen) {
        Matcher m = LINE.matcher(text);
        if (!m.matches()) {
            return problem(number, text, Message.of("error.calendar.unreadable"));
        }
        LocalDate from = date(m, 1);
        if (from == null) {
            return problem(number, text, Message.of("error.calendar.noSuchDate", dateText(m, 1)));
        }
        LocalDate to = from;
        if (m.group(4) != null) {
            to = date(m, 4);
            if (to == null) {
                return problem(number, text, Message.of("error.calendar.noSuchDate", dateText(m, 4)));
            }
        }
        if (to.isBefore(from)) {
            return problem(number, text, Message.of("error.calendar.reversed", from.toString(), to.toString()));
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            return problem(number, text, Message.of("error.calendar.rangeTooLong", MAX_RANGE_DAYS));
        }
        if (from.getYear() != year || to.getYear() != year) {
            LocalDate outside = from.getYear() != year ? from : to;
            return problem(number, text, Message.of("error.calendar.otherYear", outside.toString(), year));
        }
        String kind = m.group(7).toLowerCase(Locale.ROOT);
        Boolean working = HOLIDAY.contains(kind) ? Boolean.FALSE : WORKING.contains(kind) ? Boolean.TRUE : null;
        if (working == null) {
            return problem(number, text, Message.of("error.calendar.kind", m.group(7)));
        }
        String name = m.group(8) == null ? "" : m.group(8).strip();
        if (name.length() > MAX_NAME) {
            return problem(number, text, Message.of("error.calendar.name", MAX_NAME));
        }
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Seen before = seen.get(d);
            if (before != null && before.working() != working) {
                return problem(number, text, Message.of("error.calendar.conflict", d.toString(), before.line()));
            }
            if (before == null) {
                days.add(new CalendarDay(d, working, name));
            }
        }
        days.forEach(d -> seen.put(d.day(), new Seen(number, working)));
        return new CalendarLine(number, text, days, List.of());
    }

    private static @Nullable LocalDate date(Matcher m, int group) {
        try {
            return LocalDate.of(
                    Integer.parseInt(m.group(group)),
                    Integer.parseInt(m.group(group + 1)),
                    Integer.parseInt(m.group(group + 2)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String dateText(Matcher m, int group) {
        return m.group(group) + "-" + m.group(group + 1) + "-" + m.group(group + 2);
    }

    private static CalendarLine problem(int number, String text, Message problem) {
        return new CalendarLine(number, text, List.of(), List.of(problem));
    }

    /** The days as lines of this format (what the screen shows to edit, and what reads back to the same days). */
    static String write(List<CalendarDay> days) {
        StringBuilder b = new StringBuilder();
        for (CalendarDay d : days) {
            b.append(d.day()).append(' ').append(d.working() ? "班" : "休");
            if (!d.name().isBlank()) {
                b.append(' ').append(d.name());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
