package cn.perftarget.workflow.support;

import cn.perftarget.domain.table.SeedTables;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Real seed tables for the tests, each handed out with a 项目编码 of its own (the code is unique per year). */
public final class SeedContent {

    /** 秦皇岛经开区 442, 2020: tables 0, 3, 4, 5 … 18 of unit 442001 have no ERROR finding. */
    public static final String QHD = "004_f47e421262983de5.txt";
    /** 承德高新区 120001, no year heading (2023); every table has ERRORs, e.g. goal “1.目标内容1”. */
    public static final String CHENGDE = "002_6557f949b45e2f15.txt";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000);
    private static final List<TargetTable> QHD_TABLES = SeedTables.of(QHD);

    private SeedContent() {}

    /** Table {@code index} of seed 004, under a new project code with the same 区划 prefix. */
    public static TargetTable qhd(int index) {
        return uniqueCode(QHD_TABLES.get(index));
    }

    /** A clean table of seed 004 (no ERROR finding), for flows that do not test validation. */
    public static TargetTable clean() {
        return qhd(0);
    }

    public static TargetTable uniqueCode(TargetTable t) {
        String prefix = t.projectCode().length() >= 8 ? t.projectCode().substring(0, 8) : "13031121";
        String code = prefix + "WF" + String.format("%010d", SEQUENCE.incrementAndGet());
        return t.withProject(code, t.projectName());
    }
}
