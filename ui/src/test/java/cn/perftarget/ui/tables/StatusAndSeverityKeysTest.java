package cn.perftarget.ui.tables;

import cn.perftarget.domain.rules.Severity;
import cn.perftarget.domain.table.TableStatus;
import cn.perftarget.ui.i18n.TranslationProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys the 编制 screens build at run time (status, severity, indicator columns) exist in both languages. */
class StatusAndSeverityKeysTest {

    @Test
    void everyBuiltKeyIsTranslated() {
        List<String> keys = new ArrayList<>();
        for (TableStatus s : TableStatus.values()) {
            keys.add("tables.status." + s.name());
        }
        for (Severity s : Severity.values()) {
            keys.add("findings.severity." + s.name());
        }
        for (String c : List.of("level1", "level2", "level3", "description", "value", "basis")) {
            keys.add("editor.col." + c);
        }
        TranslationProvider provider = new TranslationProvider();
        for (Locale locale : provider.getProvidedLocales()) {
            for (String key : keys) {
                assertThat(provider.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
            }
        }
        assertThat(provider.getTranslation("tables.status.DRAFTING", TranslationProvider.CHINESE))
                .isEqualTo(TableStatus.DRAFTING.label());
        assertThat(provider.getTranslation("findings.severity.ERROR", TranslationProvider.CHINESE))
                .isEqualTo(Severity.ERROR.label());
    }
}
