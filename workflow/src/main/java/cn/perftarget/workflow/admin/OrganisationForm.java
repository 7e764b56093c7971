package cn.perftarget.workflow.admin;

import cn.perftarget.domain.org.OrgKind;
import org.jspecify.annotations.Nullable;

/**
 * A new organisation: code, name, kind and the code of its parent as the tree shows it — the bureau for a section,
 * the responsible section (or the bureau, none yet) for a department, the department for a unit.
 */
public record OrganisationForm(
        String code, String name, OrgKind kind, @Nullable String parentCode) {

    public OrganisationForm {
        code = code.strip();
        name = name.strip();
        parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode.strip();
    }
}
