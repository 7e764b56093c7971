package cn.perftarget.workflow.admin.settings;

import cn.perftarget.domain.office.SheetReader;
import cn.perftarget.domain.office.SheetReader.SheetRow;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.workflow.access.AdminRegion;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.deadline.CalendarDay;
import cn.perftarget.workflow.deadline.WorkCalendarRepository;
import cn.perftarget.workflow.error.InvalidInputException;
import cn.perftarget.workflow.security.SecurityAudit;
import cn.perftarget.workflow.security.ServiceGate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历 of a region, a year at a time: the holidays (法定节假日 on weekdays) and the 调休 working weekends, pasted
 * as text ({@link CalendarText}: {@code 2025-10-01~2025-10-08 休 国庆节}, {@code 2025-09-28 班}) or imported from an
 * Excel sheet (columns 日期, 类别 休/班, 名称). A preview shows every line with its problems and the days it gives;
 * a save replaces the region's calendar of that year, and is refused (nothing stored) while a line has a problem.
 * Due dates of review tasks created afterwards count the region's working days with it.
 */
@Service
public class CalendarAdministration {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_TEXT = 100_000;
    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final List<String> HEADER_WORDS = List.of("日期", "date");
    private static final int LOGGED_CHANGES = 40;

    private final ServiceGate gate;
    private final WorkCalendarRepository calendars;
    private final SecurityAudit audit;

    CalendarAdministration(ServiceGate gate, WorkCalendarRepository calendars, SecurityAudit audit) {
        this.gate = gate;
        this.calendars = calendars;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public CalendarYear read(AppUser admin, String region, int year) {
        return gate.enter(admin, ServiceAction.READ_REGION_SETTINGS, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            requireYear(year);
            List<CalendarDay> days = calendars.days(region, year);
            return new CalendarYear(year, calendars.hasRegionYear(region, year), days, CalendarText.write(days));
        });
    }

    /** What the pasted text would make of the year; nothing stored. */
    @Transactional(readOnly = true)
    public CalendarPreview preview(AppUser admin, String region, int year, String text) {
        return gate.enter(admin, ServiceAction.SAVE_WORK_CALENDAR, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            return parse(year, text);
        });
    }

    /** What the sheet would make of the year; nothing stored. */
    @Transactional(readOnly = true)
    public CalendarPreview previewSheet(AppUser admin, String region, int year, String fileName, byte[] content) {
        return gate.enter(admin, ServiceAction.SAVE_WORK_CALENDAR, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            return parseSheet(year, fileName, content);
        });
    }

    /** Replaces the region's calendar of the year by the pasted days; refused while a line has a problem. */
    @Transactional
    public CalendarPreview save(AppUser admin, String region, int year, String text) {
        return gate.enter(admin, ServiceAction.SAVE_WORK_CALENDAR, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            return store(by, region, parse(year, text), "text");
        });
    }

    /** Replaces the region's calendar of the year by the sheet's days; refused while a row has a problem. */
    @Transactional
    public CalendarPreview saveSheet(AppUser admin, String region, int year, String fileName, byte[] content) {
        return gate.enter(admin, ServiceAction.SAVE_WORK_CALENDAR, "region:" + region, by -> {
            AdminRegion.requireRegion(by, region);
            return store(by, region, parseSheet(year, fileName, content), "file " + fileName);
        });
    }

    private CalendarPreview store(AppUser by, String region, CalendarPreview preview, String source) {
        if (preview.problems() > 0) {
            CalendarLine first =
                    preview.lines().stream().filter(l -> !l.ok()).findFirst().orElseThrow();
            throw InvalidInputException.of(
                    InvalidInputException.Input.DOCUMENT,
                    "error.calendar.refused",
                    preview.problems(),
                    first.number(),
                    first.problems().get(0));
        }
        int year = preview.year();
        boolean own = calendars.hasRegionYear(region, year);
        List<CalendarDay> before = own ? calendars.days(region, year) : List.of();
        calendars.replaceRegionYear(region, year, preview.days(), by.username());
        audit.success(
                SecurityEventType.ADMINISTRATION,
                by.username(),
                "calendar:" + region + ":" + year,
                SettingsDetails.CALENDAR + " " + year + " (" + source + ") " + summary(own, before) + " -> "
                        + summary(true, preview.days()) + changes(before, preview.days()));
        return preview;
    }

    private static CalendarPreview parse(int year, String text) {
        requireYear(year);
        if (text.length() > MAX_TEXT) {
            throw InvalidInputException.of(InvalidInputException.Input.DOCUMENT, "error.calendar.tooLong", MAX_TEXT);
        }
        return CalendarText.read(year, text);
    }

    private static CalendarPreview parseSheet(int year, String fileName, byte[] content) {
        requireYear(year);
        List<SheetRow> rows;
        try {
            rows = SheetReader.rows(
                    fileName, content, OfficeLimits.DEFAULTS.withMaxBytes(MAX_BYTES), CalendarText.MAX_LINES + 1);
        } catch (OfficeFileRefused refused) {
            throw new InvalidInputException(InvalidInputException.Input.DOCUMENT, refused.message());
        }
        List<CalendarText.Numbered> lines = new ArrayList<>();
        for (SheetRow row : rows) {
            String first = row.cell(0).strip();
            if (lines.isEmpty() && HEADER_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String line = (first + " " + row.cell(1).strip() + " " + row.cell(2).strip()).strip();
            lines.add(new CalendarText.Numbered(row.number(), line));
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of(InvalidInputException.Input.DOCUMENT, "error.import.emptySheet", fileName);
        }
        return CalendarText.read(year, lines);
    }

    static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw InvalidInputException.of(
                    InvalidInputException.Input.FISCAL_YEAR, "error.calendar.year", MIN_YEAR, MAX_YEAR);
        }
    }

    private static String summary(boolean own, List<CalendarDay> days) {
        if (!own) {
            return "common";
        }
        long off = days.stream().filter(d -> !d.working()).count();
        return "off=" + off + " work=" + (days.size() - off);
    }

    /** The days added (+), removed (-) or changed, at most {@link #LOGGED_CHANGES} of them. */
    private static String changes(List<CalendarDay> before, List<CalendarDay> after) {
        Map<java.time.LocalDate, Boolean> old = new HashMap<>();
        before.forEach(d -> old.put(d.day(), d.working()));
        List<String> changes = new ArrayList<>();
        for (CalendarDay d : after) {
            Boolean was = old.remove(d.day());
            if (!Objects.equals(was, d.working())) {
                changes.add("+" + d.day() + (d.working() ? " work" : " off"));
            }
        }
        old.forEach((day, working) -> changes.add("-" + day + (working ? " work" : " off")));
        if (changes.isEmpty()) {
            return "";
        }
        changes.sort(null);
        String shown = changes.stream().limit(LOGGED_CHANGES).collect(Collectors.joining(", "));
        return "; " + shown + (changes.size() > LOGGED_CHANGES ? ", …" : "");
    }
}
