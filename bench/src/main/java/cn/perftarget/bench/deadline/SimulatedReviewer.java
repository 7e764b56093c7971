package cn.perftarget.bench.deadline;

import cn.perftarget.bench.ApiHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 主管部门审核人 or 财政审核人 on deadline day, over and over: opens 全部待办 (20 rows, most urgent first) of one of
 * the departments given to it, takes the first task of its step that is its own or nobody's, claims it if nobody has,
 * and decides: a department reviewer passes (one in seven with a comment) or returns with a comment (15 %), a fiscal
 * reviewer grades 优 or, 15 % of the time, 中 with a comment. Each department is reviewed by one simulated
 * department reviewer and by one simulated fiscal reviewer of its section, so no two of them reach for the same task.
 */
final class SimulatedReviewer extends SimulatedPerson {

    /** Which review the person does. */
    enum Kind {
        DEPARTMENT("departmentReview"),
        FISCAL("fiscalReview");

        final String taskKey;

        Kind(String taskKey) {
            this.taskKey = taskKey;
        }
    }

    private static final String[] RETURN_COMMENTS = {"产出指标缺少计量单位，请补充", "满意度指标值请写明确定依据", "支出计划应逐季递增并在年底达到100%"};
    private static final String[] FAIR_COMMENTS = {"效益指标偏笼统，请细化后重新报送", "成本指标与预算数不符，请核实"};

    private final Kind kind;
    private final List<String> departments;
    private int turn;

    SimulatedReviewer(
            String username,
            Kind kind,
            List<String> departments,
            String token,
            ApiHttp http,
            Ledger ledger,
            long endNanos,
            long seed) {
        super(username, token, http, ledger, endNanos, seed);
        this.kind = kind;
        this.departments = List.copyOf(departments);
    }

    @Override
    void work() throws InterruptedException {
        String department = departments.get(turn++ % departments.size());
        ApiHttp.Answer inbox =
                call(Action.INBOX, "GET", "/tasks?tab=OPEN&limit=20&dept_code=" + department, null, null);
        JsonNode task = inbox == null ? null : firstOpen(inbox.json().path("items"));
        if (task == null) {
            think();
            return;
        }
        if (!think()) {
            return;
        }
        String taskId = task.path("task_id").asText();
        long tableId = task.path("table_id").asLong();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            if (!acted(tableId, call(Action.CLAIM, "POST", "/tasks/" + taskId + "/claim", null, null)) || !think()) {
                return;
            }
        }
        boolean bad = random.nextInt(100) < 15;
        if (kind == Kind.DEPARTMENT) {
            if (bad) {
                acted(
                        tableId,
                        call(Action.RETURN, "POST", "/tasks/" + taskId + "/return", comment(RETURN_COMMENTS), null));
            } else {
                String body = random.nextInt(7) == 0 ? "{\"comment\":\"同意\"}" : "{}";
                acted(tableId, call(Action.PASS, "POST", "/tasks/" + taskId + "/pass", body, null));
            }
        } else {
            String body = bad
                    ? "{\"grade\":\"FAIR\",\"comment\":\"" + FAIR_COMMENTS[random.nextInt(FAIR_COMMENTS.length)] + "\"}"
                    : "{\"grade\":\"EXCELLENT\"}";
            acted(tableId, call(Action.GRADE, "POST", "/tasks/" + taskId + "/grade", body, null));
        }
        think();
    }

    /** The first task of the reviewer's step that is the reviewer's own or nobody's. */
    private @Nullable JsonNode firstOpen(JsonNode items) {
        for (JsonNode row : items) {
            JsonNode assignee = row.path("assignee");
            boolean free = assignee.isNull() || assignee.isMissingNode() || username.equals(assignee.asText());
            if (free && kind.taskKey.equals(row.path("task_key").asText())) {
                return row;
            }
        }
        return null;
    }

    private String comment(String[] comments) {
        return "{\"comment\":\"" + comments[random.nextInt(comments.length)] + "\"}";
    }

    /** Records what a successful action answered; false when it failed. */
    private boolean acted(long tableId, ApiHttp.@Nullable Answer answer) {
        if (answer == null) {
            return false;
        }
        JsonNode r = answer.json();
        ledger.acted(
                tableId, r.path("to_status").asText(), r.path("audit_entry_id").asLong(), username);
        return true;
    }
}
