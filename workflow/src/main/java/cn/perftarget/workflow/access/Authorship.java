package cn.perftarget.workflow.access;

import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Separation of duties (不相容职责分离): who drafted or edited what is under review. The authors of a table's round are
 * the users who created, imported, edited or submitted it since it was last approved (or ever, before the first
 * approval), read from its audit history. A fiscal reviewer's 良 edit is no authorship of the unit's submission: the
 * unit answers it, and a dispute brings the unit's own revision back under review.
 */
@Component
public class Authorship {

    /** The audit actions that make their actor an author. */
    public static final List<String> AUTHORING_ACTIONS = List.of("CREATE", "IMPORT", "EDIT", "SUBMIT");

    /**
     * The audit condition "{@code :user} authored table {@code t} since its last approval", for queries over many
     * tables (parameter {@code :user}); uses audit_entry's (table_id, seq) index.
     */
    public static final String AUTHORED_BY_USER_SQL = """
            exists (select 1 from audit_entry ae
                    where ae.table_id = t.id and ae.actor = :user
                      and ae.action in ('CREATE', 'IMPORT', 'EDIT', 'SUBMIT')
                      and ae.seq > coalesce((select max(ap.seq) from audit_entry ap
                                             where ap.table_id = t.id and ap.to_state = 'APPROVED'), 0))""";

    private final NamedParameterJdbcTemplate jdbc;

    public Authorship(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> authors(long tableId) {
        return Set.copyOf(jdbc.queryForList(
                """
                        select distinct actor from audit_entry
                        where table_id = :table and action in (:actions)
                          and seq > coalesce((select max(seq) from audit_entry
                                              where table_id = :table and to_state = 'APPROVED'), 0)""", new MapSqlParameterSource("table", tableId).addValue("actions", AUTHORING_ACTIONS), String.class));
    }

    public boolean isAuthor(String username, long tableId) {
        return authors(tableId).contains(username);
    }
}
