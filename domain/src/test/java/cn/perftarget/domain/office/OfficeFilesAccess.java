package cn.perftarget.domain.office;

/** {@link OfficeFiles} for the tests of other packages. */
public final class OfficeFilesAccess {

    private OfficeFilesAccess() {}

    public static byte[] entry(byte[] zip, String name) {
        return OfficeFiles.entries(zip).get(name);
    }

    public static byte[] with(byte[] zip, String name, byte[] content) {
        return OfficeFiles.with(zip, name, content);
    }
}
