package cn.perftarget.ui.settings;

import cn.perftarget.domain.time.BeijingTime;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.admin.SheetUpload;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.admin.settings.CalendarAdministration;
import cn.perftarget.workflow.admin.settings.CalendarLine;
import cn.perftarget.workflow.admin.settings.CalendarPreview;
import cn.perftarget.workflow.admin.settings.CalendarYear;
import cn.perftarget.workflow.deadline.CalendarDay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 工作日历 of a year: the days as lines to edit or paste ({@code 2025-10-01~2025-10-08 休 国庆节},
 * {@code 2025-09-28 班}), or an Excel sheet (日期, 类别, 名称) to upload; 预览 lists every line with its problems and
 * the days it gives; 保存 replaces the region's calendar of the year (refused while a line has a problem). Ids:
 * {@code settings-calendar-year}, {@code settings-calendar-state}, {@code settings-calendar-text},
 * {@code settings-calendar-preview}, {@code settings-calendar-save}, {@code settings-calendar-sheet},
 * {@code settings-calendar-save-sheet}, {@code settings-calendar-summary}, {@code settings-calendar-lines},
 * {@code settings-calendar-days}, {@code settings-calendar-error}.
 */
class CalendarTab extends VerticalLayout {

    private final AppUser user;
    private final String region;
    private final CalendarAdministration calendars;
    private final IntegerField year = new IntegerField();
    private final Paragraph state = new Paragraph();
    private final TextArea text = new TextArea();
    private final Paragraph summary = new Paragraph();
    private final Grid<CalendarLine> lines = new Grid<>();
    private final Grid<CalendarDay> days = new Grid<>();
    private final ErrorLine error = new ErrorLine("settings-calendar-error");
    private final Button saveSheet = new Button();
    private @Nullable String sheetName;
    private byte @Nullable [] sheet;

    CalendarTab(AppUser user, String region, CalendarAdministration calendars) {
        this.user = user;
        this.region = region;
        this.calendars = calendars;
        year.setId("settings-calendar-year");
        year.setLabel(getTranslation("settings.calendar.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(BeijingTime.ZONE).getYear());
        year.addValueChangeListener(e -> load());
        state.setId("settings-calendar-state");
        text.setId("settings-calendar-text");
        text.setLabel(getTranslation("settings.calendar.text"));
        text.setHelperText(getTranslation("settings.calendar.format"));
        text.setWidthFull();
        text.setHeight("220px");
        Button preview = new Button(
                getTranslation("settings.calendar.preview"),
                e -> error.run(() -> {
                    show(calendars.preview(user, region, year(), text.getValue()));
                }));
        preview.setId("settings-calendar-preview");
        Button save = new Button(
                getTranslation("settings.save"),
                e -> error.run(() -> {
                    CalendarPreview saved = calendars.save(user, region, year(), text.getValue());
                    Notices.success(getTranslation(
                            "settings.calendar.saved",
                            saved.year(),
                            saved.days().size()));
                    load();
                    show(saved);
                }));
        save.setId("settings-calendar-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SheetUpload upload = new SheetUpload("settings-calendar-sheet", this::received);
        saveSheet.setText(getTranslation("settings.calendar.saveSheet"));
        saveSheet.setId("settings-calendar-save-sheet");
        saveSheet.setEnabled(false);
        saveSheet.addClickListener(e -> {
            String name = sheetName;
            byte[] bytes = sheet;
            if (name != null && bytes != null) {
                error.run(() -> {
                    CalendarPreview saved = calendars.saveSheet(user, region, year(), name, bytes);
                    Notices.success(getTranslation(
                            "settings.calendar.saved",
                            saved.year(),
                            saved.days().size()));
                    load();
                    show(saved);
                });
            }
        });
        summary.setId("settings-calendar-summary");
        lines.setId("settings-calendar-lines");
        lines.addColumn(CalendarLine::number)
                .setHeader(getTranslation("settings.calendar.line"))
                .setAutoWidth(true);
        lines.addColumn(CalendarLine::text)
                .setHeader(getTranslation("settings.calendar.content"))
                .setAutoWidth(true);
        lines.addColumn(this::outcome)
                .setHeader(getTranslation("settings.calendar.outcome"))
                .setFlexGrow(1);
        lines.setHeight("220px");
        days.setId("settings-calendar-days");
        days.addColumn(d -> d.day().toString())
                .setHeader(getTranslation("settings.calendar.day"))
                .setAutoWidth(true);
        days.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(getTranslation("settings.calendar.weekday"))
                .setAutoWidth(true);
        days.addColumn(d -> getTranslation(d.working() ? "settings.calendar.working" : "settings.calendar.holiday"))
                .setHeader(getTranslation("settings.calendar.kind"))
                .setAutoWidth(true);
        days.addColumn(CalendarDay::name)
                .setHeader(getTranslation("settings.calendar.name"))
                .setFlexGrow(1);
        days.setHeight("220px");
        HorizontalLayout actions = new HorizontalLayout(preview, save);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new Paragraph(getTranslation("settings.calendar.hint")),
                year,
                state,
                text,
                actions,
                new Paragraph(getTranslation("settings.calendar.sheetHint")),
                upload,
                saveSheet,
                error,
                summary,
                lines,
                days);
        load();
    }

    private int year() {
        Integer y = year.getValue();
        return y == null ? 0 : y;
    }

    /** The year's calendar as stored: its lines to edit, its days. */
    private void load() {
        error.run(() -> {
            CalendarYear current = calendars.read(user, region, year());
            state.setText(getTranslation(
                    current.regionOwn() ? "settings.calendar.own" : "settings.calendar.common",
                    current.year(),
                    current.days().size()));
            text.setValue(current.text());
            lines.setItems(List.of());
            days.setItems(current.days());
            summary.setText("");
        });
    }

    private void received(String name, byte[] bytes) {
        boolean read = error.run(() -> {
            show(calendars.previewSheet(user, region, year(), name, bytes));
            sheetName = name;
            sheet = bytes;
        });
        saveSheet.setEnabled(read);
    }

    private void show(CalendarPreview preview) {
        summary.setText(getTranslation(
                "settings.calendar.summary",
                preview.lines().size(),
                preview.problems(),
                preview.holidays(),
                preview.workingDays()));
        lines.setItems(preview.lines());
        days.setItems(preview.days());
    }

    private String outcome(CalendarLine line) {
        if (!line.ok()) {
            return line.problems().stream().map(TranslationProvider::text).collect(Collectors.joining("；"));
        }
        return getTranslation("settings.calendar.lineDays", line.days().size());
    }
}
