package cn.perftarget.domain.table;

/**
 * The stored text form of a {@link TargetTable} (the jsonb of tables and revisions). Implemented by
 * {@code cn.perftarget.domain.json.TableJson}; an interface here so that the table package does not depend on
 * the json package, which depends on it.
 */
public interface TableCodec {

    String write(TargetTable table);

    TargetTable read(String stored);
}
