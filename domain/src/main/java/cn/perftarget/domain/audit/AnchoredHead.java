package cn.perftarget.domain.audit;

/**
 * A table's chain as an anchor recorded it: the entry at {@code seq} had {@code hash}. The chain must still hold that
 * entry unchanged, and every entry in the unkeyed format must lie at or before it.
 */
public record AnchoredHead(int seq, String hash) {}
