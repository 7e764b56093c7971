package cn.perftarget.bpmn.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.perftarget.bpmn.TargetApprovalProcess;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;

/**
 * The diagram information is complete and tidy, so the model opens and lays out cleanly in Camunda
 * Modeler: every node has a shape, every flow an edge whose orthogonal waypoints run from the border
 * of its source to the border of its target without crossing other shapes, nothing overlaps.
 */
class DiagramCompletenessTest {

    private static final BpmnModelInstance MODEL = ProcessModels.read(TargetApprovalProcess.RESOURCE);

    private final Map<String, BpmnShape> shapes = byElementId(MODEL.getModelElementsByType(BpmnShape.class));
    private final Map<String, BpmnEdge> edges = byElementId(MODEL.getModelElementsByType(BpmnEdge.class));

    private static <T> Map<String, T> byElementId(Collection<T> diagramElements) {
        Map<String, T> map = new HashMap<>();
        for (T element : diagramElements) {
            BaseElement target =
                    element instanceof BpmnShape shape ? shape.getBpmnElement() : ((BpmnEdge) element).getBpmnElement();
            assertThat(target).as("diagram element without a model element").isNotNull();
            assertThat(map.put(target.getId(), element))
                    .as("two diagram elements for " + target.getId())
                    .isNull();
        }
        return map;
    }

    private Box box(String elementId) {
        return Box.of(shapes.get(elementId).getBounds());
    }

    @Test
    void everyFlowNodeIncludingTheBoundaryEventsHasAShape() {
        Collection<FlowNode> nodes = MODEL.getModelElementsByType(FlowNode.class);
        assertThat(nodes).hasSizeGreaterThan(30);
        for (FlowNode node : nodes) {
            assertThat(shapes).as("shape of " + node.getId()).containsKey(node.getId());
            Box box = box(node.getId());
            assertThat(box.width()).as("width of " + node.getId()).isPositive();
            assertThat(box.height()).as("height of " + node.getId()).isPositive();
        }
        assertThat(MODEL.getModelElementsByType(BoundaryEvent.class))
                .hasSize(6)
                .allSatisfy(event -> assertThat(shapes).containsKey(event.getId()));
    }

    @Test
    void everySequenceFlowHasAnEdgeFromItsSourceToItsTarget() {
        Collection<SequenceFlow> flows = MODEL.getModelElementsByType(SequenceFlow.class);
        assertThat(flows).hasSizeGreaterThan(30);
        for (SequenceFlow flow : flows) {
            assertThat(edges).as("edge of " + flow.getId()).containsKey(flow.getId());
            List<Waypoint> points = new ArrayList<>(edges.get(flow.getId()).getWaypoints());
            assertThat(points).as("waypoints of " + flow.getId()).hasSizeGreaterThanOrEqualTo(2);

            Waypoint first = points.get(0);
            Waypoint last = points.get(points.size() - 1);
            assertThat(box(flow.getSource().getId()).hasOnBorder(first.getX(), first.getY()))
                    .as(flow.getId() + " starts on the border of "
                            + flow.getSource().getId())
                    .isTrue();
            assertThat(box(flow.getTarget().getId()).hasOnBorder(last.getX(), last.getY()))
                    .as(flow.getId() + " ends on the border of "
                            + flow.getTarget().getId())
                    .isTrue();
            for (int i = 1; i < points.size(); i++) {
                Waypoint a = points.get(i - 1);
                Waypoint b = points.get(i);
                assertThat(a.getX().equals(b.getX()) || a.getY().equals(b.getY()))
                        .as(flow.getId() + " segment " + i + " is horizontal or vertical")
                        .isTrue();
            }
        }
    }

    @Test
    void boundaryEventsSitOnTheBorderOfTheirTask() {
        for (BoundaryEvent event : MODEL.getModelElementsByType(BoundaryEvent.class)) {
            Box own = box(event.getId());
            Box host = box(event.getAttachedTo().getId());
            assertThat(host.hasOnBorder(own.centerX(), own.centerY()))
                    .as(event.getId() + " is centred on the border of "
                            + event.getAttachedTo().getId())
                    .isTrue();
        }
    }

    @Test
    void shapesDoNotOverlapExceptBoundaryEventsOnTheirTask() {
        List<FlowNode> nodes = new ArrayList<>(MODEL.getModelElementsByType(FlowNode.class));
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                FlowNode a = nodes.get(i);
                FlowNode b = nodes.get(j);
                if (attached(a, b) || attached(b, a)) {
                    continue;
                }
                assertThat(box(a.getId()).overlaps(box(b.getId())))
                        .as(a.getId() + " overlaps " + b.getId())
                        .isFalse();
            }
        }
    }

    @Test
    void edgesDoNotRunThroughOtherShapes() {
        for (SequenceFlow flow : MODEL.getModelElementsByType(SequenceFlow.class)) {
            List<Waypoint> points = new ArrayList<>(edges.get(flow.getId()).getWaypoints());
            for (FlowNode node : MODEL.getModelElementsByType(FlowNode.class)) {
                if (node == flow.getSource() || node == flow.getTarget()) {
                    continue;
                }
                Box box = box(node.getId());
                for (int i = 1; i < points.size(); i++) {
                    Waypoint a = points.get(i - 1);
                    Waypoint b = points.get(i);
                    assertThat(box.isCrossedBy(a.getX(), a.getY(), b.getX(), b.getY()))
                            .as(flow.getId() + " runs through " + node.getId())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void labelsDoNotCoverShapesOrOtherLabels() {
        Map<String, Box> labels = new HashMap<>();
        shapes.forEach((id, shape) -> label(shape.getBpmnLabel()).ifPresent(box -> labels.put(id, box)));
        edges.forEach((id, edge) -> label(edge.getBpmnLabel()).ifPresent(box -> labels.put(id, box)));
        assertThat(labels).isNotEmpty();

        labels.forEach((owner, label) -> {
            shapes.forEach((id, shape) -> assertThat(label.overlaps(Box.of(shape.getBounds())))
                    .as("label of " + owner + " covers " + id)
                    .isFalse());
            labels.forEach((other, otherLabel) -> assertThat(!owner.equals(other) && label.overlaps(otherLabel))
                    .as("label of " + owner + " covers the label of " + other)
                    .isFalse());
        });
    }

    private static Optional<Box> label(BpmnLabel label) {
        return label == null || label.getBounds() == null ? Optional.empty() : Optional.of(Box.of(label.getBounds()));
    }

    private static boolean attached(FlowNode event, FlowNode host) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }
}
