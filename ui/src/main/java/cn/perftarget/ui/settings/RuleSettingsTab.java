package cn.perftarget.ui.settings;

import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.RuleSetting;
import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.user.AppUser;
import cn.perftarget.ui.component.Notices;
import cn.perftarget.ui.i18n.TranslationProvider;
import cn.perftarget.workflow.admin.settings.Impact;
import cn.perftarget.workflow.admin.settings.ImpactProgress;
import cn.perftarget.workflow.admin.settings.RuleSettingsAdministration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 预审规则: every rule with on/off, severity (默认: the rule's own) and its parameters (编辑参数 opens them); 预览影响
 * says of how many open tables of the region the findings would change (此项修改将改变 N 张在办绩效目标表的审核发现),
 * 保存 stores the settings. Ids: {@code settings-rules}, {@code rule-enabled-R01} …, {@code rule-severity-R01} …,
 * {@code rule-params-R03} …, in the parameter dialog {@code rule-param-<key>} and {@code rule-params-ok};
 * {@code settings-rules-preview}, {@code settings-rules-impact}, {@code settings-rules-save},
 * {@code settings-rules-reload}, {@code settings-rules-error}.
 */
class RuleSettingsTab extends VerticalLayout {

    /** The severity choice "the rule's own", beside the three severities. */
    private static final String DEFAULT = "default";

    private final AppUser user;
    private final String region;
    private final RuleSettingsAdministration rules;
    private final Grid<RuleEdit> grid = new Grid<>();
    private final Paragraph impact = new Paragraph();
    private final ErrorLine error = new ErrorLine("settings-rules-error");
    private List<RuleEdit> edits = List.of();

    RuleSettingsTab(AppUser user, String region, RuleSettingsAdministration rules) {
        this.user = user;
        this.region = region;
        this.rules = rules;
        grid.setId("settings-rules");
        grid.addColumn(RuleEdit::id)
                .setHeader(getTranslation("settings.rules.id"))
                .setAutoWidth(true);
        grid.addColumn(r -> TranslationProvider.text(r.info.name()))
                .setHeader(getTranslation("settings.rules.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::enabled)
                .setKey("enabled")
                .setHeader(getTranslation("settings.rules.enabled"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::severity)
                .setKey("severity")
                .setHeader(getTranslation("settings.rules.severity"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::parameters)
                .setKey("parameters")
                .setHeader(getTranslation("settings.rules.parameters"))
                .setFlexGrow(1);
        grid.setHeight("55vh");
        impact.setId("settings-rules-impact");
        Button preview = new Button(getTranslation("settings.rules.preview"), e -> preview());
        preview.setId("settings-rules-preview");
        Button save = new Button(getTranslation("settings.save"), e -> save());
        save.setId("settings-rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button(getTranslation("settings.rules.reload"), e -> load());
        reload.setId("settings-rules-reload");
        HorizontalLayout actions = new HorizontalLayout(preview, save, reload);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new Paragraph(getTranslation("settings.rules.hint")), grid, actions, impact, error);
        load();
    }

    private void load() {
        error.run(() -> {
            edits = rules.rules(user, region).stream().map(RuleEdit::new).toList();
            grid.setItems(edits);
            impact.setText("");
        });
    }

    private Map<String, RuleSetting> proposed() {
        Map<String, RuleSetting> out = new LinkedHashMap<>();
        edits.forEach(r -> out.put(r.id(), r.setting()));
        return out;
    }

    private void preview() {
        error.run(() -> {
            Impact result = rules.preview(user, region, proposed(), ImpactProgress.NONE);
            impact.setText(getTranslation("settings.rules.impact", result.changed(), result.checked()));
        });
    }

    private void save() {
        error.run(() -> {
            Impact result = rules.save(user, region, proposed());
            Notices.success(getTranslation("settings.rules.saved", result.changed()));
            load();
            impact.setText(getTranslation("settings.rules.savedImpact", result.changed(), result.checked()));
        });
    }

    private Component enabled(RuleEdit rule) {
        Checkbox box = new Checkbox(rule.enabled);
        box.setId("rule-enabled-" + rule.id());
        box.addValueChangeListener(e -> rule.enabled = e.getValue());
        return box;
    }

    private Component severity(RuleEdit rule) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("rule-severity-" + rule.id());
        List<String> choices = new ArrayList<>();
        choices.add(DEFAULT);
        for (Severity s : Severity.values()) {
            choices.add(s.name());
        }
        box.setItems(choices);
        box.setItemLabelGenerator(c -> c.equals(DEFAULT)
                ? getTranslation(
                        "settings.rules.defaultSeverity",
                        getTranslation(rule.info.defaultSeverity().labelKey()))
                : getTranslation(Severity.valueOf(c).labelKey()));
        box.setValue(rule.severity == null ? DEFAULT : rule.severity.name());
        box.addValueChangeListener(e -> rule.severity = Optional.ofNullable(e.getValue())
                .filter(v -> !v.equals(DEFAULT))
                .map(Severity::valueOf)
                .orElse(null));
        box.setWidth("12em");
        return box;
    }

    private Component parameters(RuleEdit rule) {
        if (rule.info.parameters().isEmpty()) {
            return new Paragraph("");
        }
        String shown = rule.info.parameters().stream()
                .map(p -> TranslationProvider.text(p.label()) + ": " + summary(rule.values.getOrDefault(p.key(), "")))
                .collect(Collectors.joining("; "));
        Button edit = new Button(getTranslation("settings.rules.editParameters"), e -> editParameters(rule));
        edit.setId("rule-params-" + rule.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        Paragraph values = new Paragraph(shown);
        values.getStyle().set("margin", "0").set("white-space", "normal");
        HorizontalLayout cell = new HorizontalLayout(edit, values);
        cell.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return cell;
    }

    private static String summary(String value) {
        String oneLine = value.replace("\n", ", ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }

    private void editParameters(RuleEdit rule) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("settings.rules.parametersOf", rule.id(), TranslationProvider.text(rule.info.name())));
        dialog.setWidth("640px");
        Map<String, com.vaadin.flow.component.HasValue<?, String>> fields = new LinkedHashMap<>();
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        for (RuleParameter p : rule.info.parameters()) {
            String label = TranslationProvider.text(p.label());
            String value = rule.values.getOrDefault(p.key(), "");
            if (p.type() == RuleParameter.Type.NUMBER) {
                TextField field = new TextField(label);
                field.setId("rule-param-" + p.key());
                field.setValue(value);
                field.setHelperText(getTranslation("settings.rules.defaultValue", p.defaultArgument()));
                fields.put(p.key(), field);
                body.add(field);
            } else {
                TextArea field = new TextArea(label);
                field.setId("rule-param-" + p.key());
                field.setValue(value);
                field.setWidthFull();
                field.setHelperText(getTranslation("settings.rules.wordsHelp"));
                fields.put(p.key(), field);
                body.add(field);
            }
        }
        dialog.add(body);
        Button ok = new Button(getTranslation("settings.rules.parametersOk"), e -> {
            fields.forEach((key, field) -> rule.values.put(key, field.getValue()));
            grid.getDataProvider().refreshItem(rule);
            dialog.close();
        });
        ok.setId("rule-params-ok");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }
}
