package cn.perftarget.domain.table;

import org.springframework.dao.DuplicateKeyException;

/** 项目编码 is unique per fiscal year. */
public class DuplicateProjectCodeException extends DuplicateKeyException {

    private final int fiscalYear;
    private final String projectCode;

    public DuplicateProjectCodeException(int fiscalYear, String projectCode, Throwable cause) {
        super("project code " + projectCode + " already exists in " + fiscalYear, cause);
        this.fiscalYear = fiscalYear;
        this.projectCode = projectCode;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String projectCode() {
        return projectCode;
    }
}
