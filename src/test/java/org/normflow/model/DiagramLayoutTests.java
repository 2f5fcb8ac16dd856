package org.normflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Group;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: every diagram in {@code bpmn/} can be read where it is shown, checked from its diagram
 * interchange (DI) alone, with no engine.
 *
 * <p>The readability measure: bpmn-js (Cockpit's and Tasklist's diagram viewer in 7.24) draws the
 * names of tasks at 12 px and every other name (events, gateways, flows, stage groups) at 11 px.
 * Both webapps fit a diagram to its pane on opening (bpmn-js {@code zoom('fit-viewport')}, never
 * above 1). In a 1920×1080 browser window the Cockpit process-definition diagram pane, maximized
 * with its own ⤢ button, measures {@value #COCKPIT_PANE_WIDTH}×{@value #COCKPIT_PANE_HEIGHT} px
 * ({@code e2e.DiagramJourneyTests} measures it again in the real browser); as a page opens, with
 * Cockpit's sidebar shown and nothing maximized, it measures {@value #COCKPIT_DEFAULT_PANE_WIDTH}×{@value
 * #COCKPIT_DEFAULT_PANE_HEIGHT} px. A diagram passes when its fit scale in both is at least {@value
 * #MIN_FIT_SCALE}, so that the smallest name is drawn at least 11 px × 0.75 = 8.25 px and a task's name at
 * least 9 px high on the screen.
 *
 * <p>Where a name is drawn is taken as bpmn-js draws it: centred on its DI label bounds, wrapped
 * at 90 px, 11 px per Chinese character, 13.2 px per line.
 */
public class DiagramLayoutTests {

  static final Path MODELS = Path.of("bpmn");
  public static final int COCKPIT_PANE_WIDTH = 1862;
  public static final int COCKPIT_PANE_HEIGHT = 813;
  /** Cockpit's diagram pane as a page opens (sidebar shown, nothing maximized; cockpit user-styles.css). */
  public static final int COCKPIT_DEFAULT_PANE_WIDTH = 1582;
  public static final int COCKPIT_DEFAULT_PANE_HEIGHT = 773;
  public static final double MIN_FIT_SCALE = 0.75;
  static final double EXTERNAL_LABEL_PX = 11;

  record Box(double x, double y, double w, double h) {
    boolean overlaps(Box o) {
      return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
    }

    boolean hitBy(double ax, double ay, double bx, double by, double inset) {
      double x0 = Math.min(ax, bx), x1 = Math.max(ax, bx), y0 = Math.min(ay, by), y1 = Math.max(ay, by);
      return x0 < x + w - inset && x1 > x + inset && y0 < y + h - inset && y1 > y + inset;
    }

    static Box of(Bounds b) {
      return new Box(b.getX(), b.getY(), b.getWidth(), b.getHeight());
    }
  }

  /** One model's diagram: shapes by element id, labels as drawn, flows as waypoints. */
  record Diagram(String file, BpmnModelInstance model, Map<String, Box> shapes, Map<String, Box> labels,
      Map<String, List<double[]>> flows, List<Box> groups) {

    Box extent() {
      double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
      List<Box> all = new ArrayList<>(shapes.values());
      all.addAll(labels.values());
      all.addAll(groups);
      for (List<double[]> points : flows.values()) {
        for (double[] p : points) {
          all.add(new Box(p[0], p[1], 0, 0));
        }
      }
      for (Box b : all) {
        x0 = Math.min(x0, b.x);
        y0 = Math.min(y0, b.y);
        x1 = Math.max(x1, b.x + b.w);
        y1 = Math.max(y1, b.y + b.h);
      }
      return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    double fitScale(double paneWidth, double paneHeight) {
      Box e = extent();
      return Math.min(1, Math.min(paneWidth / e.w, paneHeight / e.h));
    }

    BaseElement element(String id) {
      return model.getModelElementById(id);
    }
  }

  /** The scale bpmn-js fits the diagram of that model to a pane of that size. */
  public static double fitScale(String file, double paneWidth, double paneHeight) {
    return read(file).fitScale(paneWidth, paneHeight);
  }

  static Stream<String> models() throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  /** Width and height bpmn-js gives an 11 px name: wrapped at 90 px. */
  static double[] textSize(String text) {
    double width = 0;
    for (char c : text.toCharArray()) {
      width += c < 0x100 ? 6.5 : EXTERNAL_LABEL_PX;
    }
    int lines = (int) Math.max(1, Math.ceil(width / 88));
    return new double[] {Math.min(90, width), lines * 13.2};
  }

  static Diagram read(String file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(MODELS.resolve(file).toFile());
    Map<String, Box> shapes = new LinkedHashMap<>();
    Map<String, Box> labels = new LinkedHashMap<>();
    Map<String, List<double[]>> flows = new LinkedHashMap<>();
    List<Box> groups = new ArrayList<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      BaseElement element = shape.getBpmnElement();
      if (element instanceof Group) {
        groups.add(Box.of(shape.getBounds())); // a frame around a stage: drawn, but flows and names may cross it
      } else {
        shapes.put(element.getId(), Box.of(shape.getBounds()));
      }
      String name = element instanceof Group g ? groupName(g) : element.getAttributeValue("name");
      boolean external = element instanceof Event || element instanceof Gateway || element instanceof Group;
      if (external && name != null && !name.isBlank()) {
        labels.put(element.getId(), drawn(name, shape.getBpmnLabel(), element.getId()));
      }
      if (element instanceof SubProcess && Boolean.TRUE.equals(shape.isExpanded()) && name != null && !name.isBlank()) {
        // an expanded subprocess's name is drawn inside it, centred at the top, at 12 px
        Bounds b = shape.getBounds();
        double width = Math.min(b.getWidth() - 10, name.length() * 12.0);
        labels.put(element.getId(), new Box(b.getX() + b.getWidth() / 2 - width / 2, b.getY() + 5, width, 16));
      }
    }
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      BaseElement element = edge.getBpmnElement();
      List<double[]> points = new ArrayList<>();
      for (Waypoint w : edge.getWaypoints()) {
        points.add(new double[] {w.getX(), w.getY()});
      }
      flows.put(element.getId(), points);
      String name = element.getAttributeValue("name");
      if (name != null && !name.isBlank()) {
        labels.put(element.getId(), drawn(name, edge.getBpmnLabel(), element.getId()));
      }
    }
    return new Diagram(file, model, shapes, labels, flows, groups);
  }

  static String groupName(Group group) {
    return group.getCategory() == null ? null : group.getCategory().getValue();
  }

  static Box drawn(String name, BpmnLabel label, String id) {
    assertThat(label).as("%s has a name but no label position in the diagram", id).isNotNull();
    Bounds b = label.getBounds();
    double[] size = textSize(name);
    double cx = b.getX() + b.getWidth() / 2;
    return new Box(cx - size[0] / 2, b.getY(), size[0], size[1]);
  }

  /** The subprocess that holds the element, if any: its shape contains the element's labels and flows. */
  static boolean inside(Diagram d, String elementId, String containerId) {
    ModelElementInstance e = d.element(elementId);
    return d.element(containerId) instanceof SubProcess && e != null && e.getParentElement() == d.element(containerId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: fitted to Cockpit's maximized diagram pane (1862×813 in a 1920×1080 window) every name is drawn at 8.25 px or more (fit scale ≥ 0.75)")
  void readableWhenFittedToThePane(String file) {
    assertReadable(file, "Cockpit's maximized pane", COCKPIT_PANE_WIDTH, COCKPIT_PANE_HEIGHT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: fitted to Cockpit's diagram pane as a page opens (1582×773, sidebar shown, 1920×1080 window) every name is drawn at 8.25 px or more (fit scale ≥ 0.75)")
  void readableInCockpitsDefaultPane(String file) {
    assertReadable(file, "Cockpit's default pane", COCKPIT_DEFAULT_PANE_WIDTH, COCKPIT_DEFAULT_PANE_HEIGHT);
  }

  private static void assertReadable(String file, String pane, int width, int height) {
    Diagram d = read(file);
    Box extent = d.extent();
    double scale = d.fitScale(width, height);
    System.out.printf("DIAGRAM %s %.0f x %.0f in %s: fit scale %.3f, smallest name %.1f px, task names %.1f px%n",
        file, extent.w, extent.h, pane, scale, scale * EXTERNAL_LABEL_PX, scale * 12);
    assertThat(scale).as("%s (%.0f × %.0f px) fitted to %d × %d", file, extent.w, extent.h, width, height)
        .isGreaterThanOrEqualTo(MIN_FIT_SCALE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: no name overlaps a shape or another name")
  void namesOverlapNothing(String file) {
    Diagram d = read(file);
    List<String> problems = new ArrayList<>();
    List<Map.Entry<String, Box>> labels = new ArrayList<>(d.labels.entrySet());
    for (int i = 0; i < labels.size(); i++) {
      var label = labels.get(i);
      for (var shape : d.shapes.entrySet()) {
        if (!shape.getKey().equals(label.getKey()) && !inside(d, label.getKey(), shape.getKey())
            && label.getValue().overlaps(shape.getValue())) {
          problems.add("the name of " + label.getKey() + " overlaps " + shape.getKey());
        }
      }
      for (int j = i + 1; j < labels.size(); j++) {
        if (label.getValue().overlaps(labels.get(j).getValue())) {
          problems.add("the name of " + label.getKey() + " overlaps the name of " + labels.get(j).getKey());
        }
      }
    }
    assertThat(problems).as(file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: no flow crosses a shape other than its own source and target")
  void flowsCrossNoShape(String file) {
    Diagram d = read(file);
    List<String> problems = new ArrayList<>();
    for (var flow : d.flows.entrySet()) {
      SequenceFlow f = d.model.getModelElementById(flow.getKey());
      String source = f.getSource().getId();
      String target = f.getTarget().getId();
      for (var shape : d.shapes.entrySet()) {
        String id = shape.getKey();
        if (id.equals(source) || id.equals(target) || inside(d, flow.getKey(), id)) {
          continue;
        }
        if (d.element(id) instanceof BoundaryEvent b && b.getAttachedTo().getId().equals(source)) {
          continue;
        }
        if (d.element(source) instanceof BoundaryEvent b && b.getAttachedTo().getId().equals(id)) {
          continue; // a flow leaves its boundary event across the host's edge
        }
        List<double[]> p = flow.getValue();
        for (int i = 0; i + 1 < p.size(); i++) {
          if (shape.getValue().hitBy(p.get(i)[0], p.get(i)[1], p.get(i + 1)[0], p.get(i + 1)[1], 1)) {
            problems.add(flow.getKey() + " crosses " + id);
            break;
          }
        }
      }
    }
    assertThat(problems).as(file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: every gateway that decides asks a question, and every way out of it is named with its answer")
  void gatewaysAskAndFlowsAnswer(String file) {
    Diagram d = read(file);
    List<String> problems = new ArrayList<>();
    Collection<Gateway> gateways = d.model.getModelElementsByType(Gateway.class);
    for (Gateway g : gateways) {
      if (g.getOutgoing().size() < 2 || g instanceof ParallelGateway || g instanceof EventBasedGateway) {
        continue; // a join; a split that takes every way; or one where the event that comes first decides (its name answers)
      }
      String name = g.getName();
      if (name == null || !(name.endsWith("？") || name.endsWith("?"))) {
        problems.add(g.getId() + " \"" + name + "\" is not a question");
      }
      for (SequenceFlow out : g.getOutgoing()) {
        if (out.getName() == null || out.getName().isBlank()) {
          problems.add(out.getId() + " (out of " + g.getId() + ") has no answer");
        }
      }
    }
    assertThat(problems).as(file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: every element of the model is drawn, and every flow starts at its source and ends at its target")
  void everythingDrawnAndConnected(String file) {
    Diagram d = read(file);
    List<String> problems = new ArrayList<>();
    for (FlowElement e : d.model.getModelElementsByType(FlowElement.class)) {
      boolean drawn = e instanceof SequenceFlow ? d.flows.containsKey(e.getId()) : d.shapes.containsKey(e.getId());
      if (!drawn && !(e instanceof org.camunda.bpm.model.bpmn.instance.DataObject)) {
        problems.add(e.getId() + " is not drawn");
      }
    }
    for (var flow : d.flows.entrySet()) {
      SequenceFlow f = d.model.getModelElementById(flow.getKey());
      List<double[]> p = flow.getValue();
      Box source = grow(d.shapes.get(f.getSource().getId()));
      Box target = grow(d.shapes.get(f.getTarget().getId()));
      if (!source.hitBy(p.get(0)[0], p.get(0)[1], p.get(0)[0], p.get(0)[1], -0.5)
          || !target.hitBy(p.get(p.size() - 1)[0], p.get(p.size() - 1)[1], p.get(p.size() - 1)[0], p.get(p.size() - 1)[1], -0.5)) {
        problems.add(flow.getKey() + " is not drawn from " + f.getSource().getId() + " to " + f.getTarget().getId());
      }
    }
    assertThat(problems).as(file).isEmpty();
  }

  static final String COLOR_NS = "http://www.omg.org/spec/BPMN/non-normative/color/1.0";

  /** Who acts: src/build/diagram-layout/actors.json, the table the layout tool colours the user tasks from. */
  record Actor(String id, String name, String fill, String stroke, List<String> assignments) {}

  static List<Actor> actors() throws IOException {
    JsonNode table = new ObjectMapper().readTree(Path.of("src/build/diagram-layout/actors.json").toFile());
    List<Actor> actors = new ArrayList<>();
    for (JsonNode a : table.get("actors")) {
      List<String> assignments = new ArrayList<>();
      a.get("assignments").forEach(n -> assignments.add(n.asText()));
      actors.add(new Actor(a.get("id").asText(), a.get("name").asText(), a.get("fill").asText(), a.get("stroke").asText(), assignments));
    }
    return actors;
  }

  static BpmnShape shapeOf(BpmnModelInstance model, String id) {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null && id.equals(s.getBpmnElement().getId())).findFirst().orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  @DisplayName("issue 12: every user task is coloured by who acts on it (its candidate groups or assignee in the model), the legend drawn in the diagram names that actor in that colour, and no other task is coloured")
  void userTasksShowWhoActs(String file) throws IOException {
    Diagram d = read(file);
    List<Actor> actors = actors();
    List<String> problems = new ArrayList<>();
    java.util.Set<Actor> used = new java.util.LinkedHashSet<>();
    for (org.camunda.bpm.model.bpmn.instance.Task task : d.model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Task.class)) {
      BpmnShape shape = shapeOf(d.model, task.getId());
      String fill = shape.getAttributeValueNs(COLOR_NS, "background-color");
      String stroke = shape.getAttributeValueNs(COLOR_NS, "border-color");
      if (!(task instanceof UserTask userTask)) {
        if (fill != null || stroke != null) {
          problems.add(task.getId() + " is no user task but is coloured " + fill);
        }
        continue;
      }
      String who = userTask.getCamundaCandidateGroups() != null ? userTask.getCamundaCandidateGroups() : userTask.getCamundaAssignee();
      Actor actor = actors.stream().filter(a -> a.assignments().contains(who)).findFirst().orElse(null);
      if (actor == null) {
        problems.add(task.getId() + ": no actor for " + who + " in actors.json");
        continue;
      }
      used.add(actor);
      if (!actor.fill().equals(fill) || !actor.stroke().equals(stroke)) {
        problems.add(task.getId() + " (" + who + ") is coloured " + fill + "/" + stroke + ", not as " + actor.name() + " "
            + actor.fill() + "/" + actor.stroke());
      }
    }
    for (Actor actor : actors) {
      BaseElement note = d.element("TextAnnotation_Actor" + actor.id());
      if (!used.contains(actor)) {
        if (note != null) {
          problems.add("the legend names " + actor.name() + ", who acts on no task here");
        }
        continue;
      }
      if (!(note instanceof TextAnnotation annotation) || annotation.getText() == null
          || !("■ " + actor.name()).equals(annotation.getText().getTextContent())) {
        problems.add("the legend does not name " + actor.name());
      } else if (!actor.stroke().equals(shapeOf(d.model, note.getId()).getAttributeValueNs(COLOR_NS, "border-color"))) {
        problems.add("the legend names " + actor.name() + " in another colour");
      }
    }
    if (!used.isEmpty()) {
      assertThat(d.shapes).as(file + ": the legend's title is drawn").containsKey("TextAnnotation_ActorLegend");
    }
    assertThat(problems).as(file).isEmpty();
  }

  static Box grow(Box b) {
    return new Box(b.x - 2, b.y - 2, b.w + 4, b.h + 4);
  }
}
