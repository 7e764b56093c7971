package cn.perftarget.workflow.admin;

import cn.perftarget.domain.office.SheetReader;
import cn.perftarget.domain.office.SheetReader.SheetRow;
import cn.perftarget.domain.office.guard.OfficeFileRefused;
import cn.perftarget.domain.office.guard.OfficeLimits;
import cn.perftarget.workflow.error.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * An uploaded Excel list read for an import: at most 5 MB and 5,000 rows, checked by the domain's Office guard; a
 * refused file is an input error with the guard's message (in Chinese: 文件“…”不是 Excel 工作簿 …). A first row whose
 * first cell names the column (编码, 用户名, code, username …) is a header and left out.
 */
final class SheetFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 5_000;

    private SheetFile() {}

    static List<SheetRow> rows(String fileName, byte[] content, List<String> headerWords) {
        List<SheetRow> rows;
        try {
            rows = SheetReader.rows(fileName, content, OfficeLimits.DEFAULTS.withMaxBytes(MAX_BYTES), MAX_ROWS);
        } catch (OfficeFileRefused refused) {
            throw new InvalidInputException(InvalidInputException.Input.DOCUMENT, refused.message());
        }
        if (!rows.isEmpty() && headerWords.contains(rows.get(0).cell(0).strip().toLowerCase(Locale.ROOT))) {
            rows = rows.subList(1, rows.size());
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of(InvalidInputException.Input.DOCUMENT, "error.import.emptySheet", fileName);
        }
        return rows;
    }
}
