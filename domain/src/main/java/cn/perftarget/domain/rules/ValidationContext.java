package cn.perftarget.domain.rules;

import cn.perftarget.domain.importer.DepartmentTargets;
import cn.perftarget.domain.table.TargetTable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a table is validated against besides itself: the other tables of the same document, department or unit and
 * year (for R03 goal copied, R04 purpose copied, R12 identical plans), the department part of the document (R31), and
 * the region (区划编码, which picks the framework with the fiscal year).
 * <p>
 * Cross-table rules build their indexes over the siblings once per context ({@link #memo}), so validating every table
 * of a document costs one index build, not one per table.
 */
public final class ValidationContext {

    private static final ValidationContext EMPTY = new ValidationContext(List.of(), null, List.of(), null);

    private final List<TargetTable> siblings;
    private final @Nullable DepartmentTargets department;
    private final List<TargetTable> departmentTables;
    private final @Nullable String regionCode;
    private final Map<Object, Object> memo = new ConcurrentHashMap<>();

    private ValidationContext(
            List<TargetTable> siblings,
            @Nullable DepartmentTargets department,
            List<TargetTable> departmentTables,
            @Nullable String regionCode) {
        this.siblings = List.copyOf(siblings);
        this.department = department;
        this.departmentTables = List.copyOf(departmentTables);
        this.regionCode = regionCode;
    }

    /** A table on its own. */
    public static ValidationContext empty() {
        return EMPTY;
    }

    /** The tables of the same document, department or unit and year; the validated table may be among them. */
    public static ValidationContext of(List<TargetTable> siblings) {
        return new ValidationContext(siblings, null, List.of(), null);
    }

    /** The tables of one document and its department part (the document's tables are the department's). */
    public static ValidationContext of(List<TargetTable> siblings, @Nullable DepartmentTargets department) {
        return new ValidationContext(siblings, department, List.of(), null);
    }

    /** The same context for a given region (区划编码); null or blank: the region of the 项目编码. */
    public ValidationContext withRegion(@Nullable String region) {
        return new ValidationContext(siblings, department, departmentTables, region);
    }

    /**
     * The same context with the department's stored part of the year and every table of the department's units that
     * year (in a stable order: the first carries the part's findings, R31). The validated table may be among them
     * (as stored; its content as validated counts).
     */
    public ValidationContext withDepartment(DepartmentTargets part, List<TargetTable> tablesOfDepartment) {
        return new ValidationContext(siblings, part, tablesOfDepartment, regionCode);
    }

    /** The same context with other siblings (e.g. the unit's tables with the one being edited as it is now). */
    public ValidationContext withSiblings(List<TargetTable> newSiblings) {
        return new ValidationContext(newSiblings, department, departmentTables, regionCode);
    }

    public List<TargetTable> siblings() {
        return siblings;
    }

    public Optional<DepartmentTargets> department() {
        return Optional.ofNullable(department);
    }

    /**
     * The tables of the department and year the department part was given with ({@link #withDepartment}); empty when
     * the part came with a document (its tables are then the siblings).
     */
    public List<TargetTable> departmentTables() {
        return departmentTables;
    }

    /** The region (区划编码) given, or null: the region of the 项目编码. */
    public @Nullable String regionCode() {
        return regionCode;
    }

    /** An index computed once per context and kind (the key is typically the rule's index class). */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<List<TargetTable>, T> build) {
        Object v = memo.get(key);
        if (v == null) {
            v = build.apply(siblings);
            Object prev = memo.putIfAbsent(key, v);
            if (prev != null) {
                v = prev;
            }
        }
        return (T) v;
    }

    /**
     * Whether two tables are the same project: the same object, the same 项目编码, or (both without a code) the same
     * 项目名称. An edited table is the same project as its stored sibling.
     */
    public static boolean sameProject(TargetTable a, TargetTable b) {
        if (a == b) {
            return true;
        }
        if (!a.projectCode().isBlank() || !b.projectCode().isBlank()) {
            return a.projectCode().trim().equals(b.projectCode().trim());
        }
        return a.projectName().trim().equals(b.projectName().trim());
    }

    /** The grouping key of the department and year of a table (blank department: the whole document). */
    public static String departmentYearKey(TargetTable t) {
        return t.departmentCode() + "|" + Objects.toString(t.fiscalYear(), "");
    }

    /** The grouping key of the unit and year of a table. */
    public static String unitYearKey(TargetTable t) {
        return t.unitCode() + "|" + Objects.toString(t.fiscalYear(), "");
    }
}
