package cn.perftarget.bench.deadline;

import cn.perftarget.bench.ApiHttp;
import cn.perftarget.bench.data.BenchOrganisation;
import cn.perftarget.domain.table.TargetTable;
import cn.perftarget.ui.api.TableContentJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * 编制人 of one unit on deadline day, over and over: takes one of the unit's drafts (a returned table first, else any
 * draft; half the time) or creates one, saves it 2–4 times as the editor's autosave would (a {@code PUT} with
 * {@code If-Match}, a small change to an indicator's 指标值确定依据 each time), then submits it. A draft that was
 * neither created here nor returned gets a clean content on its first save (a generated draft may hold ERROR
 * findings, which a submission refuses). No other simulated person edits the unit's drafts.
 */
final class SimulatedDrafter extends SimulatedPerson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NOTES = {"（已核实）", "（据上年完成情况）", "（按预算批复）", "（参照行业标准）"};

    private final BenchOrganisation.Unit unit;
    private final Supplier<TargetTable> cleanContent;
    private final Set<Long> created = new HashSet<>();

    /** The draft in the editor: its version (the ETag to send back) and its content as last saved. */
    private record Draft(long id, int version, ObjectNode content, boolean clean) {}

    SimulatedDrafter(
            BenchOrganisation.Unit unit,
            String token,
            ApiHttp http,
            Ledger ledger,
            Supplier<TargetTable> cleanContent,
            long endNanos,
            long seed) {
        super(unit.drafter(), token, http, ledger, endNanos, seed);
        this.unit = unit;
        this.cleanContent = cleanContent;
    }

    @Override
    void work() throws InterruptedException {
        Draft draft = random.nextBoolean() ? take() : null;
        if (draft == null && !over()) {
            draft = create();
        }
        int saves = 2 + random.nextInt(3);
        for (int i = 0; i < saves && draft != null; i++) {
            if (!think()) {
                return;
            }
            draft = save(draft);
        }
        if (draft != null && think()) {
            submit(draft);
        }
        think();
    }

    /** One of the unit's drafts, opened in the editor; null when there is none (or a call failed). */
    private @Nullable Draft take() throws InterruptedException {
        ApiHttp.Answer list = call(
                Action.LIST,
                "GET",
                "/tables?agency_code=" + unit.code() + "&status=DRAFTING&limit=50&sort=PROJECT_CODE",
                null,
                null);
        if (list == null) {
            return null;
        }
        JsonNode items = list.json().path("items");
        if (items.isEmpty() || !think()) {
            return null;
        }
        JsonNode pick = null;
        for (JsonNode row : items) {
            if ("revise".equals(row.path("task_key").asText())) {
                pick = row;
                break;
            }
        }
        if (pick == null) {
            pick = items.get(random.nextInt(items.size()));
        }
        long id = pick.path("id").asLong();
        ApiHttp.Answer open = call(Action.OPEN, "GET", "/tables/" + id, null, null);
        if (open == null) {
            return null;
        }
        JsonNode table = open.json();
        boolean clean = created.contains(id)
                || "revise".equals(table.path("waiting_task").path("task_key").asText());
        return new Draft(id, open.version(), (ObjectNode) table.path("content").deepCopy(), clean);
    }

    private @Nullable Draft create() {
        String body = write(JSON.valueToTree(TableContentJson.of(cleanContent.get())));
        ApiHttp.Answer answer = call(Action.CREATE, "POST", "/tables", body, null);
        if (answer == null) {
            return null;
        }
        JsonNode table = answer.json();
        long id = table.path("id").asLong();
        created.add(id);
        ledger.saved(id, answer.version(), table, username);
        return new Draft(
                id, answer.version(), (ObjectNode) table.path("content").deepCopy(), true);
    }

    /** The editor's autosave: the content with a small change, {@code If-Match} the version read. */
    private @Nullable Draft save(Draft draft) {
        ObjectNode content =
                draft.clean() ? draft.content() : JSON.valueToTree(TableContentJson.of(cleanContent.get()));
        JsonNode rows = content.path("indicators");
        if (rows.isArray() && !rows.isEmpty()) {
            ObjectNode row = (ObjectNode) rows.get(rows.size() - 1);
            String basis = row.path("ind_basis").asText("");
            int current = -1;
            for (int n = 0; n < NOTES.length; n++) {
                if (basis.endsWith(NOTES[n])) {
                    current = n;
                    basis = basis.substring(0, basis.length() - NOTES[n].length());
                }
            }
            // never the note it has: every save changes the content a little
            int next = Math.floorMod(current + 1 + random.nextInt(NOTES.length - 1), NOTES.length);
            row.put("ind_basis", basis + NOTES[next]);
        }
        ApiHttp.Answer answer =
                call(Action.SAVE, "PUT", "/tables/" + draft.id(), write(content), "\"" + draft.version() + "\"");
        if (answer == null) {
            return null;
        }
        JsonNode table = answer.json();
        ledger.saved(draft.id(), answer.version(), table, username);
        return new Draft(
                draft.id(), answer.version(), (ObjectNode) table.path("content").deepCopy(), true);
    }

    private void submit(Draft draft) {
        ApiHttp.Answer answer = call(Action.SUBMIT, "POST", "/tables/" + draft.id() + "/submit", null, null);
        if (answer != null) {
            JsonNode r = answer.json();
            ledger.acted(
                    draft.id(),
                    r.path("to_status").asText(),
                    r.path("audit_entry_id").asLong(),
                    username);
        }
    }

    private static String write(JsonNode node) {
        return node.toString();
    }
}
