package cn.perftarget.domain.org;

/** A fiscal bureau, one of its sections, a department or a unit. */
public record Organisation(Long id, String code, String name, OrgKind kind, Long parentId, String regionCode) {
}
