package cn.perftarget.domain.office.guard;

/**
 * What an imported Office file may be at most. {@link #DEFAULTS}: 20 MB, the ratios of POI's {@code ZipSecureFile}.
 *
 * @param maxBytes         the file's size
 * @param maxCells         table cells read (Word and Excel), against a small file with a huge sparse sheet
 * @param maxEntries       entries of a ZIP package (.docx, .xlsx)
 * @param maxInflatedBytes all entries of a ZIP package together, unpacked
 * @param minInflateRatio  packed size / unpacked size of an entry, below which it is a zip bomb (POI's default 0.01)
 */
public record OfficeLimits(long maxBytes, int maxCells, int maxEntries, long maxInflatedBytes, double minInflateRatio) {

    public static final long MEGABYTE = 1024L * 1024L;

    public static final OfficeLimits DEFAULTS = new OfficeLimits(20 * MEGABYTE, 200_000, 2_000, 500 * MEGABYTE, 0.01);

    public OfficeLimits {
        if (maxBytes <= 0 || maxCells <= 0 || maxEntries <= 0 || maxInflatedBytes <= 0 || minInflateRatio < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** These limits with another maximum file size (e.g. from the application's settings). */
    public OfficeLimits withMaxBytes(long bytes) {
        return new OfficeLimits(bytes, maxCells, maxEntries, maxInflatedBytes, minInflateRatio);
    }
}
