package cn.perftarget.ui.history;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Set;

/**
 * How far an approval round got, from the engine's history (history level full): the activities it finished, and
 * the ones it waits in — or, once the round has ended, the end event it reached. Read-only; callers check the user's
 * scope on the table first.
 */
@Component
public class RoundProgress {

    private final HistoryService historyService;

    RoundProgress(HistoryService historyService) {
        this.historyService = historyService;
    }

    public DiagramProgress of(String processInstanceId) {
        if (processInstanceId == null) {
            return DiagramProgress.NONE;
        }
        Set<String> finished = new HashSet<>();
        Set<String> current = new HashSet<>();
        for (HistoricActivityInstance a : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId).list()) {
            (a.getEndTime() == null ? current : finished).add(a.getActivityId());
        }
        HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        if (instance != null && instance.getEndTime() != null && instance.getEndActivityId() != null) {
            current.add(instance.getEndActivityId());
        }
        return new DiagramProgress(finished, current);
    }
}
