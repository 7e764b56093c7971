package cn.perftarget.workflow.admin;

import java.util.List;

/** What an Excel import would do: every row with its problems. Nothing is stored by a preview. */
public record ImportPreview(String fileName, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public long valid() {
        return rows.stream().filter(ImportRow::ok).count();
    }

    public long invalid() {
        return rows.size() - valid();
    }
}
