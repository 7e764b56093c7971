package cn.perftarget.workflow.department;

import java.util.List;

/**
 * A publication document as exported.
 *
 * @param revisionIds the 批复 revisions it holds, in the order they are numbered
 */
public record PublicationFile(PublicationFormat format, byte[] content, List<Long> revisionIds) {

    public PublicationFile {
        revisionIds = List.copyOf(revisionIds);
    }
}
