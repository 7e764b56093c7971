package cn.perftarget.domain.importer;

/**
 * One cell of a table row read out of an Office file, its text as a reader sees it: paragraphs and line breaks
 * joined with {@code \n}, blank for the lower part of a vertically merged cell.
 *
 * @param text  the cell as written
 * @param place where it is (table, row and column; sheet, row and column)
 */
public record GridCell(String text, SourcePlace place) {

    public GridCell {
        text = text == null ? "" : text;
        place = place == null ? SourcePlace.WHOLE : place;
    }
}
