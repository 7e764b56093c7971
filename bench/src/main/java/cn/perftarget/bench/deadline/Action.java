package cn.perftarget.bench.deadline;

/** What a simulated person does in one call to {@code /api/v1}. */
public enum Action {
    /** {@code GET /tables?agency_code=…&status=DRAFTING}: the unit's drafts. */
    LIST,
    /** {@code GET /tables/{id}}: a draft opened in the editor. */
    OPEN,
    /** {@code POST /tables}: 新建. */
    CREATE,
    /** {@code PUT /tables/{id}} with {@code If-Match}: the editor's autosave. */
    SAVE,
    /** {@code POST /tables/{id}/submit}: 提交. */
    SUBMIT,
    /** {@code GET /tasks?tab=OPEN}: the reviewer's 全部待办. */
    INBOX,
    /** {@code POST /tasks/{id}/claim}: 认领. */
    CLAIM,
    /** {@code POST /tasks/{id}/pass}: 主管部门通过. */
    PASS,
    /** {@code POST /tasks/{id}/return}: 主管部门退回, with a comment. */
    RETURN,
    /** {@code POST /tasks/{id}/grade}: 财政评级, 优 or 中 with a comment. */
    GRADE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
