package cn.perftarget.workflow.read;

import cn.perftarget.domain.audit.AuditEntry;
import cn.perftarget.domain.audit.AuditLog;
import cn.perftarget.domain.revision.RevisionRepository;
import cn.perftarget.domain.table.StoredTable;
import cn.perftarget.workflow.history.AuditNote;
import cn.perftarget.workflow.process.RoundRepository;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The history of a table the caller has already found visible: its audit entries, revisions, the names of the
 * people in them, and how far its latest round got in the engine's history (history level full).
 */
@Component
class HistoryReading {

    private final AuditLog audit;
    private final RevisionRepository revisions;
    private final RoundRepository rounds;
    private final HistoryService historyService;
    private final People people;

    HistoryReading(
            AuditLog audit,
            RevisionRepository revisions,
            RoundRepository rounds,
            HistoryService historyService,
            People people) {
        this.audit = audit;
        this.revisions = revisions;
        this.rounds = rounds;
        this.historyService = historyService;
        this.people = people;
    }

    TableHistory of(StoredTable table) {
        List<AuditEntry> entries = audit.history(table.id());
        Set<String> people = new LinkedHashSet<>();
        for (AuditEntry e : entries) {
            people.add(e.actor());
            if (AuditNote.parse(e.action(), e.comment()) instanceof AuditNote.Recipients r) {
                people.addAll(r.usernames());
            }
        }
        return new TableHistory(
                table,
                entries,
                revisions.listByTable(table.id()),
                this.people.displayNames(people),
                progress(rounds.state(table.id()).processInstanceId()));
    }

    private RoundProgress progress(@Nullable String processInstanceId) {
        if (processInstanceId == null) {
            return RoundProgress.NONE;
        }
        Set<String> finished = new HashSet<>();
        Set<String> current = new HashSet<>();
        for (HistoricActivityInstance a : historyService
                .createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .list()) {
            (a.getEndTime() == null ? current : finished).add(a.getActivityId());
        }
        HistoricProcessInstance instance = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (instance != null && instance.getEndTime() != null && instance.getEndActivityId() != null) {
            current.add(instance.getEndActivityId());
        }
        return new RoundProgress(finished, current);
    }
}
