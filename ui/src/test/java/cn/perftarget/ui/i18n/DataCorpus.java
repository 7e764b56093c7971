package cn.perftarget.ui.i18n;

import cn.perftarget.domain.audit.AuditAction;
import cn.perftarget.domain.framework.CategoryGroup;
import cn.perftarget.domain.framework.Framework;
import cn.perftarget.domain.framework.FrameworkCatalog;
import cn.perftarget.domain.framework.Level1;
import cn.perftarget.domain.framework.Level2;
import cn.perftarget.domain.rules.RuleInfo;
import cn.perftarget.domain.rules.RuleParameter;
import cn.perftarget.domain.rules.validation.RuleCatalog;
import cn.perftarget.workflow.history.AuditNote;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Chinese that may appear on an English screen because it is data, not a text of the application: what the
 * tables say (every table and revision as stored), the names of organisations and people (also as the security log
 * recorded them before a change), what people wrote in
 * comments, and the vocabulary the rules read Chinese tables with (frameworks, their categories, the rules' keyword
 * lists, units). Read from the database the screens read.
 */
final class DataCorpus {

    private static final List<String> UNITS = List.of("万元", "元", "万", "件", "次", "%");

    private final StringBuilder text = new StringBuilder();

    private DataCorpus() {}

    static DataCorpus of(JdbcClient jdbc) {
        DataCorpus data = new DataCorpus();
        jdbc.sql("select content::text from target_table")
                .query(String.class)
                .list()
                .forEach(data::add);
        jdbc.sql("select snapshot::text from table_revision")
                .query(String.class)
                .list()
                .forEach(data::add);
        jdbc.sql("select content::text from department_targets")
                .query(String.class)
                .list()
                .forEach(data::add);
        jdbc.sql("select name from organisation").query(String.class).list().forEach(data::add);
        jdbc.sql("select display_name from app_user").query(String.class).list().forEach(data::add);
        // the security log keeps names as they were (an administrator's "old -> new"): data, after its key
        jdbc.sql("select details from security_event where details is not null")
                .query(String.class)
                .list()
                .forEach(data::add);
        jdbc.sql("select action, comment from audit_entry where comment is not null")
                .query((rs, i) -> AuditNote.parse(AuditAction.valueOf(rs.getString(1)), rs.getString(2)))
                .list()
                .forEach(note -> data.add(note.personsWords()));
        for (Framework fw : FrameworkCatalog.bundled().frameworks()) {
            data.add(fw.name());
            fw.required().stream().map(CategoryGroup::label).forEach(data::add);
            fw.recommended().stream().map(CategoryGroup::label).forEach(data::add);
            for (Level1 l1 : fw.level1()) {
                data.add(l1.name());
                l1.aliases().forEach(data::add);
                for (Level2 l2 : l1.level2()) {
                    data.add(l2.name());
                    l2.aliases().forEach(data::add);
                }
            }
        }
        for (RuleInfo info : RuleCatalog.infos().values()) {
            for (RuleParameter p : info.parameters()) {
                if (p.type() == RuleParameter.Type.WORDS) {
                    ((List<?>) p.defaultValue()).forEach(w -> data.add(String.valueOf(w)));
                }
            }
        }
        UNITS.forEach(data::add);
        return data;
    }

    boolean contains(String chinese) {
        return text.indexOf(chinese) >= 0;
    }

    private void add(String s) {
        if (s != null) {
            text.append(s).append('\n');
        }
    }
}
