package cn.perftarget.ui.history;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BinaryOperator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.jspecify.annotations.Nullable;

/**
 * The shapes and edges of a BPMN diagram as its diagram interchange (BPMNShape, BPMNEdge) places them, read with
 * Camunda's model API. Enough to draw the process on the server as SVG; no bpmn-js, no npm.
 */
public record ProcessDiagram(List<Shape> shapes, List<Edge> edges) {

    /** The approval process of the bpmn module. */
    public static final String TARGET_APPROVAL = "/bpmn/target-approval.bpmn";

    private static final class Holder {
        static final ProcessDiagram TARGET_APPROVAL_DIAGRAM = load(TARGET_APPROVAL);
    }

    public ProcessDiagram {
        shapes = List.copyOf(shapes);
        edges = List.copyOf(edges);
    }

    /** Read once and kept: the model does not change while the application runs. */
    public static ProcessDiagram targetApproval() {
        return Holder.TARGET_APPROVAL_DIAGRAM;
    }

    public static ProcessDiagram load(String classpathResource) {
        try (InputStream in = ProcessDiagram.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException("no process model at " + classpathResource);
            }
            return of(Bpmn.readModelFromStream(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ProcessDiagram of(BpmnModelInstance model) {
        List<Shape> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .filter(s -> s.getBpmnElement() != null && s.getBounds() != null)
                .map(ProcessDiagram::shape)
                .toList();
        List<Edge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .filter(e -> e.getBpmnElement() != null)
                .map(ProcessDiagram::edge)
                .toList();
        return new ProcessDiagram(shapes, edges);
    }

    /** The same diagram, each named element shown by {@code names} (element id, name in the model → name shown). */
    public ProcessDiagram named(BinaryOperator<String> names) {
        return new ProcessDiagram(
                shapes.stream()
                        .map(s -> new Shape(
                                s.elementId(),
                                shown(names, s.elementId(), s.name()),
                                s.kind(),
                                s.bounds(),
                                s.label(),
                                s.marker()))
                        .toList(),
                edges.stream()
                        .map(e -> new Edge(
                                e.elementId(), shown(names, e.elementId(), e.name()), e.waypoints(), e.label()))
                        .toList());
    }

    private static String shown(BinaryOperator<String> names, String elementId, String name) {
        return name.isEmpty() ? name : names.apply(elementId, name);
    }

    private static Shape shape(BpmnShape s) {
        BaseElement element = s.getBpmnElement();
        Box label = s.getBpmnLabel() == null || s.getBpmnLabel().getBounds() == null
                ? null
                : box(s.getBpmnLabel().getBounds());
        boolean marker = s.isMarkerVisible();
        return new Shape(element.getId(), name(element), kind(element), box(s.getBounds()), label, marker);
    }

    private static Edge edge(BpmnEdge e) {
        List<double[]> points = e.getWaypoints().stream()
                .map(w -> new double[] {w.getX(), w.getY()})
                .toList();
        Box label = e.getBpmnLabel() == null || e.getBpmnLabel().getBounds() == null
                ? null
                : box(e.getBpmnLabel().getBounds());
        return new Edge(e.getBpmnElement().getId(), name(e.getBpmnElement()), points, label);
    }

    private static String name(BaseElement element) {
        String name = element.getAttributeValue("name");
        return name == null ? "" : name.strip();
    }

    private static Kind kind(BaseElement element) {
        if (element instanceof BoundaryEvent b) {
            boolean timer = b.getEventDefinitions().stream().anyMatch(d -> d instanceof TimerEventDefinition);
            return timer ? Kind.TIMER_BOUNDARY : Kind.MESSAGE_BOUNDARY;
        }
        if (element instanceof EndEvent) {
            return Kind.END;
        }
        if (element instanceof Event) {
            return Kind.START;
        }
        if (element instanceof Gateway) {
            return Kind.GATEWAY;
        }
        return Kind.TASK;
    }

    private static Box box(Bounds b) {
        return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }

    /** What a shape is drawn as. */
    public enum Kind {
        START,
        END,
        TIMER_BOUNDARY,
        MESSAGE_BOUNDARY,
        GATEWAY,
        TASK
    }

    /** A rectangle of the diagram. */
    public record Box(double x, double y, double width, double height) {

        double centreX() {
            return x + width / 2;
        }

        double centreY() {
            return y + height / 2;
        }
    }

    /**
     * A node of the diagram.
     *
     * @param elementId the BPMN element id (the activity id the engine's history names)
     * @param label     where its name goes, or null (then under the shape, or inside a task)
     * @param marker    a gateway shows its X marker
     */
    public record Shape(
            String elementId,
            String name,
            Kind kind,
            Box bounds,
            @Nullable Box label,
            boolean marker) {}

    /** A sequence flow: its waypoints (x, y) and where its name goes (null when the diagram does not say). */
    public record Edge(
            String elementId,
            String name,
            List<double[]> waypoints,
            @Nullable Box label) {

        public Edge {
            waypoints = List.copyOf(waypoints);
        }
    }
}
