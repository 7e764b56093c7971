package cn.perftarget.bpmn.model;

import org.camunda.bpm.model.bpmn.instance.dc.Bounds;

/** A diagram rectangle, with the geometry the layout checks need. */
record Box(double x, double y, double width, double height) {

    private static final double TOLERANCE = 1.0;

    static Box of(Bounds bounds) {
        return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
    }

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centerX() {
        return x + width / 2;
    }

    double centerY() {
        return y + height / 2;
    }

    /** The point lies on the outline of this box (where edges dock: corners of a diamond, top of a circle). */
    boolean hasOnBorder(double px, double py) {
        boolean inside =
                px >= x - TOLERANCE && px <= right() + TOLERANCE && py >= y - TOLERANCE && py <= bottom() + TOLERANCE;
        boolean onAnEdge = Math.abs(px - x) <= TOLERANCE
                || Math.abs(px - right()) <= TOLERANCE
                || Math.abs(py - y) <= TOLERANCE
                || Math.abs(py - bottom()) <= TOLERANCE;
        return inside && onAnEdge;
    }

    /** The two boxes share more than a border line. */
    boolean overlaps(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    /** An axis-parallel segment runs through the inside of this box (touching the border does not count). */
    boolean isCrossedBy(double x1, double y1, double x2, double y2) {
        double minX = Math.min(x1, x2);
        double maxX = Math.max(x1, x2);
        double minY = Math.min(y1, y2);
        double maxY = Math.max(y1, y2);
        return minX < right() - TOLERANCE
                && maxX > x + TOLERANCE
                && minY < bottom() - TOLERANCE
                && maxY > y + TOLERANCE;
    }
}
