package cn.perftarget.ui.securitylog;

import cn.perftarget.domain.security.SecurityEventType;
import cn.perftarget.domain.security.SecurityLogEntry;
import cn.perftarget.domain.security.SecurityLogFilter;
import cn.perftarget.domain.security.SecurityOutcome;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.format.DateTimes;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.ui.security.CurrentUser;
import cn.perftarget.workflow.security.SecurityLogReading;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * 安全审计日志 (审计管理员 only, 三员分立): every security event — sign-ins and their failures, locks, unlocks,
 * logouts, expired sessions, password changes and resets, second factors, rights, administration, refused access —
 * newest first, read page by page as the grid scrolls, with filters: type, person (who did it or whom it concerned),
 * result, a range of days (Beijing time). Ids: {@code security-log}, {@code log-type}, {@code log-person},
 * {@code log-outcome}, {@code log-from}, {@code log-to}.
 */
@Route("security/log")
@Menu(order = 21, icon = "vaadin:file-text-o", title = "nav.securityLog")
@RolesAllowed("AUDIT_ADMIN")
public class SecurityLogView extends VerticalLayout implements HasDynamicTitle {

    private final AppUser user;
    private final SecurityLogReading reading;
    private final Grid<SecurityLogEntry> grid = new Grid<>();
    private final ComboBox<SecurityEventType> type = new ComboBox<>();
    private final TextField person = new TextField();
    private final ComboBox<SecurityOutcome> outcome = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    public SecurityLogView(CurrentUser currentUser, SecurityLogReading reading) {
        this.user = currentUser.require();
        this.reading = reading;
        setSizeFull();
        filters();
        grid.setId("security-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(SecurityLogEntry::seq)
                .setHeader(getTranslation("securityLog.seq"))
                .setAutoWidth(true);
        grid.addColumn(e -> DateTimes.seconds(e.at()))
                .setHeader(getTranslation("securityLog.at"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.event().type().labelKey()))
                .setHeader(getTranslation("securityLog.type"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.event().subject())
                .setHeader(getTranslation("securityLog.subject"))
                .setAutoWidth(true);
        grid.addColumn(e -> orEmpty(e.event().object())).setHeader(getTranslation("securityLog.object"));
        grid.addColumn(e -> getTranslation(e.event().outcome().labelKey()))
                .setHeader(getTranslation("securityLog.outcome"))
                .setAutoWidth(true);
        grid.addColumn(e -> orEmpty(e.event().clientAddress()))
                .setHeader(getTranslation("securityLog.client"))
                .setAutoWidth(true);
        grid.addColumn(e -> details(e.event().details())).setHeader(getTranslation("securityLog.details"));
        grid.setSizeFull();
        add(new H2(getTranslation("securityLog.title")), filterBar(), grid);
        refresh();
    }

    private void filters() {
        type.setId("log-type");
        type.setLabel(getTranslation("securityLog.type"));
        type.setItems(SecurityEventType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setClearButtonVisible(true);
        person.setId("log-person");
        person.setLabel(getTranslation("securityLog.person"));
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.setClearButtonVisible(true);
        outcome.setId("log-outcome");
        outcome.setLabel(getTranslation("securityLog.outcome"));
        outcome.setItems(SecurityOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o.labelKey()));
        outcome.setClearButtonVisible(true);
        from.setId("log-from");
        from.setLabel(getTranslation("securityLog.from"));
        to.setId("log-to");
        to.setLabel(getTranslation("securityLog.to"));
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? TranslationProvider.CHINESE : ui.getLocale();
        from.setLocale(locale);
        to.setLocale(locale);
        type.addValueChangeListener(e -> refresh());
        person.addValueChangeListener(e -> refresh());
        outcome.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
    }

    private HorizontalLayout filterBar() {
        HorizontalLayout bar = new HorizontalLayout(type, person, outcome, from, to);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    /** The filter of the fields as they are now: a day range in Beijing time, the "to" day included. */
    SecurityLogFilter filter() {
        String who = person.getValue().isBlank() ? null : person.getValue();
        return new SecurityLogFilter(
                type.getValue(),
                who,
                outcome.getValue(),
                start(from.getValue()),
                to.getValue() == null ? null : start(to.getValue().plusDays(1)));
    }

    private void refresh() {
        SecurityLogFilter filter = filter();
        grid.setItems(query -> reading.page(user, filter, query.getOffset(), query.getLimit()).stream(), query ->
                (int) Math.min(Integer.MAX_VALUE, reading.count(user, filter)));
    }

    private static @Nullable Instant start(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(DateTimes.BEIJING).toInstant();
    }

    /** A note that is a key of the bundles (its first word) is shown in the reader's language, the rest as stored. */
    private String details(@Nullable String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        int space = details.indexOf(' ');
        String head = space < 0 ? details : details.substring(0, space);
        Locale locale = UI.getCurrent() == null
                ? TranslationProvider.CHINESE
                : UI.getCurrent().getLocale();
        if (TranslationProvider.BUNDLES.pattern(head, locale).isEmpty()) {
            return details;
        }
        return getTranslation(head) + (space < 0 ? "" : details.substring(space));
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("securityLog.page.title");
    }
}
