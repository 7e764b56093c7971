package cn.perftarget.ui.api.history;

import cn.perftarget.domain.i18n.Message;
import cn.perftarget.domain.revision.Revision;
import cn.perftarget.domain.revision.RevisionDiff;
import cn.perftarget.ui.api.ApiAction;
import cn.perftarget.ui.api.ApiCaller;
import cn.perftarget.ui.api.ApiPaths;
import cn.perftarget.ui.api.ApiProblemException;
import cn.perftarget.ui.api.RevisionJson;
import cn.perftarget.workflow.access.ServiceAction;
import cn.perftarget.workflow.read.TableHistory;
import cn.perftarget.workflow.read.TableReadService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 历史: a table's audit entries, its revisions and the difference between two of them. */
@RestController
@RequestMapping(value = ApiPaths.V1 + "/tables/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "history", description = "历史：审计记录、历次版本、版本比较 / audit entries, revisions, differences")
class HistoryController {

    private final TableReadService reads;
    private final ApiCaller caller;

    HistoryController(TableReadService reads, ApiCaller caller) {
        this.reads = reads;
        this.caller = caller;
    }

    @ApiAction(ServiceAction.READ_HISTORY)
    @GetMapping("/history")
    @Operation(summary = "审计记录，按时间先后 / the audit entries, oldest first")
    List<HistoryJson.Entry> history(@PathVariable("id") long id) {
        TableHistory history = reads.history(caller.user(), id);
        return history.entries().stream()
                .map(e -> HistoryJson.Entry.of(e, history.displayName(e.actor())))
                .toList();
    }

    @ApiAction(ServiceAction.READ_REVISIONS)
    @GetMapping("/revisions")
    @Operation(summary = "历次版本（不含内容） / the frozen revisions, oldest first (without content)")
    List<RevisionJson> revisions(@PathVariable("id") long id) {
        return reads.revisions(caller.user(), id).stream()
                .map(r -> RevisionJson.of(r, false))
                .toList();
    }

    @ApiAction(ServiceAction.READ_REVISIONS)
    @GetMapping("/revisions/{revisionId}")
    @Operation(summary = "一个版本及其内容 / one revision with its content")
    RevisionJson revision(@PathVariable("id") long id, @PathVariable("revisionId") long revisionId) {
        return RevisionJson.of(find(reads.revisions(caller.user(), id), revisionId), true);
    }

    @ApiAction(ServiceAction.READ_REVISIONS)
    @GetMapping("/revisions/diff")
    @Operation(summary = "两个版本的差异 / the difference between two revisions")
    HistoryJson.Diff diff(@PathVariable("id") long id, @RequestParam("from") long from, @RequestParam("to") long to) {
        List<Revision> all = reads.revisions(caller.user(), id);
        return HistoryJson.Diff.of(
                from,
                to,
                RevisionDiff.between(find(all, from).snapshot(), find(all, to).snapshot()));
    }

    private static Revision find(List<Revision> revisions, long revisionId) {
        return revisions.stream()
                .filter(r -> r.id() == revisionId)
                .findFirst()
                .orElseThrow(() -> new ApiProblemException(
                        HttpStatus.NOT_FOUND, "no_such_revision", Message.of("api.error.noSuchRevision")));
    }
}
