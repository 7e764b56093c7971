package cn.perftarget.domain.office.write;

/**
 * Whose publication document it is.
 *
 * @param departmentCode the department's code (3 digits), blank when not to be printed
 * @param departmentName the department's name, printed as the document's title
 * @param fiscalYear     the fiscal year, printed as {@code 2021年部门预算绩效信息} (the importer reads each table's
 *                       year from it)
 */
public record PublicationHeader(String departmentCode, String departmentName, int fiscalYear) {

    public PublicationHeader {
        departmentCode = departmentCode == null ? "" : departmentCode.strip();
        departmentName = departmentName == null ? "" : departmentName.strip();
    }

    /** The title line: the department's code and name as the documents print a department ({@code 442秦皇岛…局}). */
    String title() {
        return departmentCode + departmentName;
    }
}
