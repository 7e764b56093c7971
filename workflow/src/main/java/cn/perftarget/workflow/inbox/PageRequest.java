package cn.perftarget.workflow.inbox;

/**
 * One page of a list: offset/limit paging and the sort order (ties are broken by a stable key).
 *
 * @param limit 1 to {@link #MAX_LIMIT}
 */
public record PageRequest(int offset, int limit, SortKey sort, boolean descending) {

    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        if (sort == null) {
            throw new IllegalArgumentException("sort");
        }
    }

    public static PageRequest first(int limit, SortKey sort, boolean descending) {
        return new PageRequest(0, limit, sort, descending);
    }
}
