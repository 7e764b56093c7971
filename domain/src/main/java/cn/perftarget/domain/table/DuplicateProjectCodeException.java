package cn.perftarget.domain.table;

import org.springframework.dao.DuplicateKeyException;

/** 项目编码 is unique per fiscal year. */
public class DuplicateProjectCodeException extends DuplicateKeyException {

    public DuplicateProjectCodeException(int fiscalYear, String projectCode, Throwable cause) {
        super(fiscalYear + "年度已有项目编码为 " + projectCode + " 的绩效目标表，项目编码不能重复", cause);
    }
}
