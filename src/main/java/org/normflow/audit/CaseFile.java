package org.normflow.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The case file (案卷) of one case, finished or not: key facts, every process the case ran (its own and
 * the called ones) with the path taken, the chronological trail in Chinese (who with name and group,
 * when in Beijing time, the values submitted under the form's own labels, claims, assignments,
 * delegations, timers, escalations, rule-table results), the draft versions with the differences
 * between consecutive versions, and every report and opinion in full. No internal id or variable name
 * reaches the reader.
 */
@Service
class CaseFile {

  record Fact(String label, String value) {}

  record Entry(String time, String who, String what, String process, List<Fact> details, @JsonIgnore Date at) {}

  record ProcessPath(int index, String name, String calledBy, String started, String ended, String state,
      List<String> visited, List<String> active, List<String> flows) {}

  record Version(int number, String createdAt, String createdBy, String changeNote, String text,
      List<Fact> explanation, List<Diffs.Line> diff) {}

  record Paper(String title, String time, String who, String content) {}

  record View(CaseRegister.CaseRow row, List<Fact> facts, List<ProcessPath> processes, List<Entry> trail,
      List<Version> versions, List<Paper> papers, ComplianceChecks.CaseVerdict compliance, String linkedReference) {}

  static final Map<String, String> REPORT_KINDS = Map.ofEntries(
      Map.entry("PROPOSAL", "决策建议"), Map.entry("START_DECISION", "启动决定"), Map.entry("OUTSIDE_PROCEDURE", "不适用决策程序的认定"),
      Map.entry("PARTICIPATION", "公众参与情况"), Map.entry("CONSULTATION_ADOPTION", "公众意见采纳情况"), Map.entry("HEARING", "听证报告"),
      Map.entry("EXPERT_SELECTION", "专家遴选"), Map.entry("EXPERT_ADOPTION", "专家论证意见采纳情况"), Map.entry("RISK", "风险评估报告"),
      Map.entry("LEGALITY", "合法性审查意见"), Map.entry("INTEGRITY", "廉洁性审查意见"), Map.entry("FAIR_COMPETITION", "公平竞争审查意见"),
      Map.entry("DEFERRAL_RESPONSE", "暂缓决策后的补充"), Map.entry("PUBLICATION", "决策公布"), Map.entry("PROGRESS", "执行情况报告"),
      Map.entry("SUSPENSION", "中止执行"), Map.entry("EVALUATION", "决策后评估报告"), Map.entry("MEETING", "集体讨论会议"),
      Map.entry("EXECUTION_TERMS", "执行单位、执行时限和反馈要求"), Map.entry("AMENDED", "按决定修改后的决策草案"));
  static final Map<String, String> ROLES = Map.of("MEMBER", "组成人员意见", "HEAD", "行政首长决定", "EXPERT", "专家论证意见");
  static final Map<String, String> OPERATIONS = Map.of("Claim", "签收任务", "Assign", "指派任务", "Delegate", "委托办理",
      "SetOwner", "变更任务所有人", "Resolve", "委托办毕交回", "Unclaim", "退回签收");

  private final HistoryService history;
  private final RepositoryService repository;
  private final JdbcClient jdbc;
  private final Unchecked unchecked;
  private final Names names;
  private final FormLabels forms;
  private final ComplianceChecks compliance;
  private final CaseRegister register;
  private final org.normflow.validation.Grounds grounds;

  CaseFile(HistoryService history, RepositoryService repository, JdbcClient jdbc, Unchecked unchecked, Names names,
      FormLabels forms, ComplianceChecks compliance, CaseRegister register, org.normflow.validation.Grounds grounds) {
    this.grounds = grounds;
    this.history = history;
    this.repository = repository;
    this.jdbc = jdbc;
    this.unchecked = unchecked;
    this.names = names;
    this.forms = forms;
    this.compliance = compliance;
    this.register = register;
  }

  View of(WorkbenchAccess.Reader reader, CaseRegister.CaseRow row) {
    List<HistoricProcessInstance> instances = instances(row);
    List<ProcessPath> paths = new ArrayList<>();
    List<Entry> trail = new ArrayList<>();
    for (int i = 0; i < instances.size(); i++) {
      HistoricProcessInstance pi = instances.get(i);
      paths.add(path(i, pi, instances));
      trail.addAll(trail(pi));
    }
    trail.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.naturalOrder())));
    String linked = null;
    if (row.linkedCaseId() != null) {
      linked = register.all().stream().filter(r -> r.caseId().equals(row.linkedCaseId())).map(CaseRegister.CaseRow::reference)
          .findFirst().orElse(null);
    }
    return new View(row, facts(row, linked), paths, trail, versions(row), papers(reader, row), compliance.verdict(row), linked);
  }

  /** The case's process instances: its own first, then every process it called (and they called), by start. */
  List<HistoricProcessInstance> instances(CaseRegister.CaseRow row) {
    if (row.processInstanceId() == null) {
      return List.of();
    }
    return unchecked.read(() -> {
      List<HistoricProcessInstance> all = new ArrayList<>(
          history.createHistoricProcessInstanceQuery().rootProcessInstanceId(row.processInstanceId()).list());
      if (all.isEmpty()) {
        HistoricProcessInstance own = history.createHistoricProcessInstanceQuery().processInstanceId(row.processInstanceId()).singleResult();
        if (own != null) {
          all.add(own);
        }
      }
      all.sort(Comparator.comparing((HistoricProcessInstance p) -> !p.getId().equals(row.processInstanceId()))
          .thenComparing(HistoricProcessInstance::getStartTime));
      return all;
    });
  }

  /** The case (register row the reader may see) a process instance belongs to; 404 otherwise. */
  CaseRegister.CaseRow caseOf(WorkbenchAccess.Reader reader, String processInstanceId) {
    HistoricProcessInstance pi = unchecked.read(() ->
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    String root = pi == null ? null : pi.getRootProcessInstanceId() != null ? pi.getRootProcessInstanceId() : pi.getId();
    return register.rows(reader).stream().filter(r -> root != null && root.equals(r.processInstanceId())).findFirst()
        .orElseThrow(() -> new org.normflow.validation.NotFoundException("没有找到该流程实例所属的案件，或您无权查阅"));
  }

  /** The cases (register rows the reader may see) that ran a process definition, as the case or a called process. */
  List<CaseRegister.CaseRow> casesOfDefinition(WorkbenchAccess.Reader reader, String processDefinitionId) {
    Set<String> roots = new HashSet<>();
    unchecked.read(() -> history.createHistoricProcessInstanceQuery().processDefinitionId(processDefinitionId).list())
        .forEach(p -> roots.add(p.getRootProcessInstanceId() != null ? p.getRootProcessInstanceId() : p.getId()));
    return register.rows(reader).stream().filter(r -> r.processInstanceId() != null && roots.contains(r.processInstanceId())).toList();
  }

  /** Names of the processes other processes call (公开征求意见, 合法性审查, 听证...), from the deployed models. */
  Set<String> calledProcessNames() {
    return unchecked.read(() -> {
      Set<String> keys = new HashSet<>();
      for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
        BpmnModelInstance model = repository.getBpmnModelInstance(d.getId());
        model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.CallActivity.class)
            .forEach(c -> { if (c.getCalledElement() != null) keys.add(c.getCalledElement()); });
      }
      Set<String> names = new java.util.TreeSet<>();
      for (ProcessDefinition d : repository.createProcessDefinitionQuery().latestVersion().list()) {
        if (keys.contains(d.getKey()) && d.getName() != null) {
          names.add(d.getName());
        }
      }
      return names;
    });
  }

  boolean finished(String processInstanceId) {
    HistoricProcessInstance pi = unchecked.read(() ->
        history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
    return pi != null && pi.getEndTime() != null;
  }

  /** The BPMN of one of the case's processes, for the diagram. */
  String diagram(CaseRegister.CaseRow row, int index) {
    List<HistoricProcessInstance> all = instances(row);
    if (index < 0 || index >= all.size()) {
      throw new org.normflow.validation.NotFoundException("该案件没有这一流程图");
    }
    String definitionId = all.get(index).getProcessDefinitionId();
    return unchecked.read(() -> {
      try (var in = repository.getProcessModel(definitionId)) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private ProcessPath path(int index, HistoricProcessInstance pi, List<HistoricProcessInstance> all) {
    List<HistoricActivityInstance> activities = unchecked.read(() ->
        history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).orderByHistoricActivityInstanceStartTime().asc().list());
    Set<String> visited = new java.util.LinkedHashSet<>();
    Set<String> active = new java.util.LinkedHashSet<>();
    for (HistoricActivityInstance a : activities) {
      visited.add(a.getActivityId());
      if (a.getEndTime() == null) {
        active.add(a.getActivityId());
      }
    }
    List<String> flows = new ArrayList<>();
    BpmnModelInstance model = unchecked.read(() -> repository.getBpmnModelInstance(pi.getProcessDefinitionId()));
    if (model != null) {
      for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
        if (visited.contains(flow.getSource().getId()) && visited.contains(flow.getTarget().getId())) {
          flows.add(flow.getId());
        }
      }
    }
    String calledBy = null;
    if (pi.getSuperProcessInstanceId() != null) {
      calledBy = all.stream().filter(p -> p.getId().equals(pi.getSuperProcessInstanceId())).findFirst()
          .map(this::processName).orElse(null);
    }
    String state = pi.getEndTime() == null ? "办理中" : pi.getDeleteReason() != null ? "已终止" : "已办结";
    return new ProcessPath(index, processName(pi), calledBy, AuditTime.time(pi.getStartTime()), AuditTime.time(pi.getEndTime()),
        state, List.copyOf(visited), List.copyOf(active), flows);
  }

  private String processName(HistoricProcessInstance pi) {
    ProcessDefinition d = unchecked.read(() -> repository.getProcessDefinition(pi.getProcessDefinitionId()));
    return d == null || d.getName() == null ? "流程" : d.getName();
  }

  // ------------------------------------------------------------------ the trail

  private List<Entry> trail(HistoricProcessInstance pi) {
    String process = processName(pi);
    List<Entry> out = new ArrayList<>();
    String id = pi.getId();
    Map<String, HistoricTaskInstance> tasks = new HashMap<>();
    unchecked.read(() -> history.createHistoricTaskInstanceQuery().processInstanceId(id).list()).forEach(t -> tasks.put(t.getId(), t));
    List<UserOperationLogEntry> operations = unchecked.read(() -> history.createUserOperationLogQuery().processInstanceId(id).list());
    Map<String, UserOperationLogEntry> byOperation = new HashMap<>();
    Map<String, String> completedBy = new HashMap<>();
    for (UserOperationLogEntry op : operations) {
      byOperation.putIfAbsent(op.getOperationId(), op);
      if ("Complete".equals(op.getOperationType()) && op.getTaskId() != null) {
        completedBy.put(op.getTaskId(), op.getUserId());
      }
    }
    // values submitted, by the task they were submitted with
    Map<String, List<HistoricVariableUpdate>> valuesByTask = new HashMap<>();
    List<HistoricVariableUpdate> startValues = new ArrayList<>();
    for (HistoricDetail d : unchecked.read(() -> history.createHistoricDetailQuery().processInstanceId(id).variableUpdates().list())) {
      HistoricVariableUpdate u = (HistoricVariableUpdate) d;
      UserOperationLogEntry op = u.getUserOperationId() == null ? null : byOperation.get(u.getUserOperationId());
      String taskId = u.getTaskId() != null ? u.getTaskId() : op == null ? null : op.getTaskId();
      if (taskId != null) {
        valuesByTask.computeIfAbsent(taskId, k -> new ArrayList<>()).add(u);
      } else if (u.getActivityInstanceId() != null && u.getActivityInstanceId().equals(id) && u.getRevision() == 0) {
        startValues.add(u);
      }
    }
    out.add(new Entry(AuditTime.time(pi.getStartTime()), pi.getStartUserId() == null ? (pi.getSuperProcessInstanceId() == null ? "系统" : "系统（由上级流程调用）")
        : names.personWithGroups(pi.getStartUserId()), pi.getSuperProcessInstanceId() == null ? "发起「" + process + "」" : "调用「" + process + "」",
        process, submitted(forms.startFields(pi.getProcessDefinitionId()), startValues), pi.getStartTime()));

    Map<String, List<Fact>> deputyActs = deputyActs(tasks.keySet());
    for (HistoricActivityInstance a : unchecked.read(() -> history.createHistoricActivityInstanceQuery().processInstanceId(id).list())) {
      String name = a.getActivityName() == null ? "（未命名环节）" : a.getActivityName();
      String type = a.getActivityType();
      switch (type) {
        case "userTask" -> {
          HistoricTaskInstance t = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
          List<Fact> opened = new ArrayList<>();
          if (t != null) {
            String candidates = candidates(t.getId());
            if (!candidates.isEmpty()) {
              opened.add(new Fact("办理人范围", candidates));
            }
            if (t.getDueDate() != null) {
              opened.add(new Fact("办理期限", AuditTime.time(t.getDueDate())));
            }
          }
          out.add(new Entry(AuditTime.time(a.getStartTime()), "系统", "任务「" + name + "」开始", process, opened, a.getStartTime()));
          if (a.getEndTime() != null && t != null) {
            List<Fact> details = new ArrayList<>();
            details.add(new Fact("用时", duration(a.getStartTime(), a.getEndTime())
                + (t.getDueDate() == null ? "" : a.getEndTime().after(t.getDueDate()) ? "，超过办理期限" : "，在办理期限内")));
            if (a.isCanceled() || "deleted".equals(t.getDeleteReason()) || (t.getDeleteReason() != null && !"completed".equals(t.getDeleteReason()))) {
              out.add(new Entry(AuditTime.time(a.getEndTime()), "系统", "任务「" + name + "」未办理即结束（流程转向或期限届满）", process, details, a.getEndTime()));
            } else {
              details.addAll(submitted(forms.fieldsOf(t.getProcessDefinitionId(), t.getTaskDefinitionKey()), valuesByTask.getOrDefault(t.getId(), List.of())));
              details.addAll(deputyActs.getOrDefault(t.getId(), List.of()));
              String who = completedBy.getOrDefault(t.getId(), t.getAssignee());
              out.add(new Entry(AuditTime.time(a.getEndTime()), names.personWithGroups(who), "办结任务「" + name + "」", process, details, a.getEndTime()));
            }
          }
        }
        case "boundaryTimer", "intermediateTimer", "startTimerEvent" ->
            out.add(new Entry(AuditTime.time(a.getStartTime()), "系统（定时器）", "期限届满：" + name, process, List.of(), a.getStartTime()));
        case "callActivity" -> out.add(new Entry(AuditTime.time(a.getStartTime()), "系统", "调用子流程：" + name, process, List.of(), a.getStartTime()));
        case "businessRuleTask" -> out.addAll(ruleResults(a, name, process));
        case "noneEndEvent", "terminateEndEvent", "errorEndEvent", "escalationEndEvent" ->
            out.add(new Entry(AuditTime.time(a.getStartTime()), "系统", "流程结束：" + name, process, List.of(), a.getStartTime()));
        case "boundaryEscalation", "intermediateThrowEvent", "boundaryMessage", "intermediateMessageCatch", "boundaryError",
            "boundarySignal", "intermediateSignalCatch" ->
            out.add(new Entry(AuditTime.time(a.getStartTime()), "系统", "事件：" + name, process, List.of(), a.getStartTime()));
        case "serviceTask", "sendTask", "scriptTask" -> {
          if (name.contains("督办") || name.contains("提醒") || name.contains("逾期") || name.contains("超期") || name.contains("催")) {
            out.add(new Entry(AuditTime.time(a.getStartTime()), "系统", "督办提醒：" + name, process, List.of(), a.getStartTime()));
          }
        }
        default -> { }
      }
    }
    for (UserOperationLogEntry op : operations) {
      String what = OPERATIONS.get(op.getOperationType());
      if (what == null || op.getTaskId() == null || (op.getProperty() != null && !"assignee".equals(op.getProperty())
          && !"delegation".equals(op.getProperty()) && !"owner".equals(op.getProperty()))) {
        continue;
      }
      HistoricTaskInstance t = tasks.get(op.getTaskId());
      List<Fact> details = new ArrayList<>();
      if (op.getNewValue() != null && !"Claim".equals(op.getOperationType()) && !"Resolve".equals(op.getOperationType())
          && ("assignee".equals(op.getProperty()) || "owner".equals(op.getProperty()))) {
        details.add(new Fact("交由", names.personWithGroups(op.getNewValue())));
      }
      if (op.getOrgValue() != null && "assignee".equals(op.getProperty()) && !"Claim".equals(op.getOperationType())) {
        details.add(new Fact("原办理人", names.person(op.getOrgValue())));
      }
      out.add(new Entry(AuditTime.time(op.getTimestamp()), names.personWithGroups(op.getUserId()),
          what + "「" + (t == null ? "任务" : t.getName()) + "」", process, details, op.getTimestamp()));
    }
    if (pi.getEndTime() != null && pi.getDeleteReason() != null) {
      // the engine's delete reason says why (an administrator's recorded end names the reason given)
      out.add(new Entry(AuditTime.time(pi.getEndTime()), "系统", "「" + process + "」终止", process,
          List.of(new Fact("原因", pi.getDeleteReason())), pi.getEndTime()));
    }
    out.addAll(administratorSteps(id, process));
    return out;
  }

  /**
   * R-ND-14 (issue 24): a head step a deputy did, by task: under which authorization and exactly which of the
   * head's acts that authorization covers.
   */
  private Map<String, List<Fact>> deputyActs(Set<String> taskIds) {
    Map<String, List<Fact>> out = new HashMap<>();
    if (taskIds.isEmpty()) {
      return out;
    }
    String marks = String.join(",", java.util.Collections.nCopies(taskIds.size(), "?"));
    jdbc.sql("SELECT e.task_id, e.note, a.acts FROM nf_head_authorization_event e JOIN nf_head_authorization a "
            + "ON a.id = e.authorization_id WHERE e.kind = 'ACTED' AND e.task_id IN (" + marks + ")")
        .params(List.copyOf(taskIds)).query().listOfRows().forEach(r -> {
          String acts = java.util.Arrays.stream(((String) r.get("acts")).split(","))
              .map(name -> org.normflow.head.HeadAct.Kind.named(name.strip()).map(org.normflow.head.HeadAct.Kind::label)
                  .orElse(name))
              .collect(java.util.stream.Collectors.joining("、"));
          out.put((String) r.get("task_id"), List.of(new Fact("授权代行", (String) r.get("note")),
              new Fact("该授权载明的事项", acts)));
        });
    return out;
  }

  /** R-C-07, R-C-02: the administrator's recorded steps on this process (nf_admin_action), each with its reason. */
  private List<Entry> administratorSteps(String processInstanceId, String process) {
    List<Entry> out = new ArrayList<>();
    for (Map<String, Object> r : jdbc.sql("SELECT kind, task_name, previous_assignee, new_assignee, reason, performed_by, "
        + "performed_at FROM nf_admin_action WHERE process_instance_id = ? ORDER BY id").param(processInstanceId).query()
        .listOfRows()) {
      Date at = (Date) r.get("performed_at");
      List<Fact> details = new ArrayList<>();
      String what;
      boolean system = "system".equals(r.get("performed_by"));
      if ("REASSIGN".equals(r.get("kind")) || "HEAD_CHANGED".equals(r.get("kind"))) {
        what = "HEAD_CHANGED".equals(r.get("kind")) ? "转交任务「" + r.get("task_name") + "」（主要负责人变更）"
            : "改派任务「" + r.get("task_name") + "」（系统管理员）";
        details.add(new Fact("原办理人", r.get("previous_assignee") == null ? "（尚未签收）"
            : names.personWithGroups((String) r.get("previous_assignee"))));
        details.add(new Fact("交由", names.personWithGroups((String) r.get("new_assignee"))));
      } else {
        what = "终止案件（系统管理员）";
      }
      details.add(new Fact("理由", (String) r.get("reason")));
      out.add(new Entry(AuditTime.time(at), system ? "系统" : names.personWithGroups((String) r.get("performed_by")), what,
          process, details, at));
    }
    return out;
  }

  private String candidates(String taskId) {
    List<HistoricIdentityLinkLog> links = unchecked.read(() -> history.createHistoricIdentityLinkLogQuery().taskId(taskId).list());
    Set<String> groups = new java.util.TreeSet<>();
    Set<String> users = new java.util.TreeSet<>();
    for (HistoricIdentityLinkLog l : links) {
      if (!"add".equals(l.getOperationType()) || !"candidate".equals(l.getType())) {
        continue;
      }
      if (l.getGroupId() != null) {
        groups.add(names.group(l.getGroupId()));
      } else if (l.getUserId() != null) {
        users.add(names.person(l.getUserId()));
      }
    }
    Set<String> all = new java.util.LinkedHashSet<>(groups);
    all.addAll(users);
    return String.join("、", all);
  }

  private List<Entry> ruleResults(HistoricActivityInstance a, String name, String process) {
    List<HistoricDecisionInstance> decisions = unchecked.read(() -> history.createHistoricDecisionInstanceQuery()
        .activityInstanceIdIn(a.getId()).includeInputs().includeOutputs().list());
    List<Entry> out = new ArrayList<>();
    for (HistoricDecisionInstance d : decisions) {
      List<Fact> facts = new ArrayList<>();
      for (HistoricDecisionInputInstance in : d.getInputs()) {
        facts.add(new Fact("依据：" + (in.getClauseName() == null ? "输入" : in.getClauseName()), FormLabels.show(null, in.getValue())));
      }
      for (HistoricDecisionOutputInstance o : d.getOutputs()) {
        facts.add(new Fact("结果：" + (o.getClauseName() == null ? "结论" : o.getClauseName()), FormLabels.show(null, o.getValue())));
      }
      out.add(new Entry(AuditTime.time(d.getEvaluationTime()), "系统（规则表）",
          "规则表「" + (d.getDecisionDefinitionName() == null ? name : d.getDecisionDefinitionName()) + "」得出结论", process, facts,
          d.getEvaluationTime()));
    }
    return out;
  }

  /** The values submitted with a form, under the form's labels; values that are not the form's own fields are left out. */
  private static List<Fact> submitted(Map<String, FormLabels.Field> fields, List<HistoricVariableUpdate> updates) {
    Map<String, Fact> facts = new LinkedHashMap<>();
    for (HistoricVariableUpdate u : updates) {
      FormLabels.Field field = fields.get(u.getVariableName());
      if (field == null) {
        continue;
      }
      facts.put(u.getVariableName(), new Fact(field.label(), FormLabels.show(field, u.getValue())));
    }
    return new ArrayList<>(facts.values());
  }

  private static String duration(Date from, Date to) {
    long minutes = TimeUnit.MILLISECONDS.toMinutes(to.getTime() - from.getTime());
    long days = minutes / (60 * 24);
    long hours = (minutes % (60 * 24)) / 60;
    long rest = minutes % 60;
    return (days > 0 ? days + " 天 " : "") + (days > 0 || hours > 0 ? hours + " 小时 " : "") + rest + " 分钟";
  }

  // ------------------------------------------------------------------ facts, versions, papers

  private List<Fact> facts(CaseRegister.CaseRow row, String linked) {
    List<Fact> f = new ArrayList<>();
    f.add(new Fact("案件编号", row.reference()));
    f.add(new Fact("类型", row.kindLabel()));
    f.add(new Fact("标题", row.title()));
    if (row.number() != null) {
      f.add(new Fact("文号", row.number()));
    }
    f.add(new Fact("起草科室", row.unitName()));
    f.add(new Fact(row.kind().equals(CaseRegister.DOCUMENT) ? "制定机关" : "承办单位", row.issuingUnit() == null ? "（未记录）" : row.issuingUnit()));
    f.add(new Fact("登记时间", row.registeredAt()));
    f.add(new Fact("当前阶段", row.stageLabel()));
    f.add(new Fact("案件状态", row.closed() ? "已办结" : "办理中"));
    if (row.kind().equals(CaseRegister.DOCUMENT)) {
      Map<String, Object> d = jdbc.sql("SELECT doc_type, created_by, published_on, effective_on, valid_until, filing_due, filed_on, "
          + "signed_on, signed_by, procedure_track, publication_channel FROM nf_document WHERE id = ?").param(row.caseId()).query().singleRow();
      f.add(new Fact("文件类型", String.valueOf(d.get("doc_type"))));
      f.add(new Fact("起草人", names.personWithGroups((String) d.get("created_by"))));
      f.add(new Fact("办理程序", "MAJOR_DECISION".equals(d.get("procedure_track")) ? "按重大行政决策程序办理" : "一般程序"));
      addDay(f, "签发日期", d.get("signed_on"));
      if (d.get("signed_by") != null) {
        f.add(new Fact("签发人", names.personWithGroups((String) d.get("signed_by"))));
      }
      addDay(f, "公布日期", d.get("published_on"));
      if (d.get("publication_channel") != null) {
        f.add(new Fact("公布载体", String.valueOf(d.get("publication_channel"))));
      }
      addDay(f, "施行日期", d.get("effective_on"));
      addDay(f, "有效期至", d.get("valid_until"));
      addDay(f, "备案期限", d.get("filing_due"));
      addDay(f, "备案日期", d.get("filed_on"));
    } else {
      Map<String, Object> d = jdbc.sql("SELECT created_by, executing_unit, outcome FROM nf_decision WHERE id = ?")
          .param(row.caseId()).query().singleRow();
      f.add(new Fact("提出人", names.personWithGroups((String) d.get("created_by"))));
      if (d.get("executing_unit") != null) {
        f.add(new Fact("执行单位", String.valueOf(d.get("executing_unit"))));
      }
      if (d.get("outcome") != null) {
        f.add(new Fact("决定", ComplianceChecks.VOTES.getOrDefault((String) d.get("outcome"), "（其他）")));
      }
    }
    f.add(new Fact("办理超期", row.overdue() ? "是：" + row.overdueNote() : "否"));
    if (row.kind().equals(CaseRegister.DOCUMENT)) {
      f.add(new Fact("逾期备案", row.late() ? "是：" + row.lateNote() : "否"));
    }
    if (linked != null) {
      f.add(new Fact(row.kind().equals(CaseRegister.DOCUMENT) ? "所走的重大行政决策程序" : "对应的规范性文件", linked));
    }
    return f;
  }

  private static void addDay(List<Fact> f, String label, Object value) {
    if (value != null) {
      f.add(new Fact(label, AnnualFigures.date(value).toString()));
    }
  }

  List<Version> versions(CaseRegister.CaseRow row) {
    List<Version> out = new ArrayList<>();
    if (row.kind().equals(CaseRegister.DOCUMENT)) {
      List<Map<String, Object>> rows = jdbc.sql("SELECT version_no, draft_text, purpose, legal_basis, drafting_process, main_content, "
          + "change_note, created_by, created_at FROM nf_document_version WHERE document_id = ? ORDER BY version_no").param(row.caseId()).query().listOfRows();
      String previous = null;
      for (Map<String, Object> v : rows) {
        String text = (String) v.get("draft_text");
        List<Fact> explanation = new ArrayList<>();
        for (String[] col : new String[][] {{"purpose", "制定目的和必要性"}, {"legal_basis", "制定依据"}, {"drafting_process", "起草过程"},
            {"main_content", "主要内容"}}) {
          if (v.get(col[0]) != null) {
            explanation.add(new Fact(col[1], (String) v.get(col[0])));
          }
        }
        out.add(new Version(((Number) v.get("version_no")).intValue(), AuditTime.time(((Timestamp) v.get("created_at")).toInstant()),
            names.personWithGroups((String) v.get("created_by")), (String) v.get("change_note"), text, explanation,
            previous == null ? List.of() : Diffs.lines(previous, text)));
        previous = text;
      }
    } else {
      List<Map<String, Object>> rows = jdbc.sql("SELECT version_no, plan_label, plan_text, change_note, created_by, created_at "
          + "FROM nf_decision_version WHERE decision_id = ? ORDER BY version_no, id").param(row.caseId()).query().listOfRows();
      Map<Integer, List<Map<String, Object>>> byVersion = new java.util.TreeMap<>();
      rows.forEach(r -> byVersion.computeIfAbsent(((Number) r.get("version_no")).intValue(), k -> new ArrayList<>()).add(r));
      String previous = null;
      for (var e : byVersion.entrySet()) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> plan : e.getValue()) {
          text.append("【").append(plan.get("plan_label") == null ? "方案" : plan.get("plan_label")).append("】\n")
              .append(plan.get("plan_text") == null ? "" : plan.get("plan_text")).append("\n");
        }
        Map<String, Object> first = e.getValue().get(0);
        out.add(new Version(e.getKey(), AuditTime.time(((Timestamp) first.get("created_at")).toInstant()),
            names.personWithGroups((String) first.get("created_by")), (String) first.get("change_note"), text.toString(), List.of(),
            previous == null ? List.of() : Diffs.lines(previous, text.toString())));
        previous = text.toString();
      }
    }
    return out;
  }

  /** Every report, opinion and record of the case, in full. */
  List<Paper> papers(WorkbenchAccess.Reader reader, CaseRegister.CaseRow row) {
    List<Paper> out = new ArrayList<>();
    String id = row.caseId();
    for (Map<String, Object> c : jdbc.sql("SELECT notice_text, published_notice, channel, opened_on, closes_on, period_days, "
        + "shortened_reason, adoption_report, created_by, created_at FROM nf_consultation WHERE case_id = ? ORDER BY opened_on").param(id).query().listOfRows()) {
      String notice = c.get("published_notice") != null ? (String) c.get("published_notice") : (String) c.get("notice_text");
      out.add(new Paper("征求意见公告（" + day(c.get("opened_on")) + " 至 " + day(c.get("closes_on")) + "，" + c.get("channel") + "）",
          time(c.get("created_at")), names.personWithGroups((String) c.get("created_by")),
          notice + (c.get("shortened_reason") == null ? "" : "\n\n缩短期限的理由：" + c.get("shortened_reason"))));
      if (c.get("adoption_report") != null) {
        out.add(new Paper("意见采纳情况", time(c.get("created_at")), names.personWithGroups((String) c.get("created_by")), (String) c.get("adoption_report")));
      }
    }
    boolean personal = reader.seesPersonalData(row.unit());
    Map<String, String> dispositions = Map.of("ADOPTED", "采纳", "PARTLY", "部分采纳", "NOT_ADOPTED", "不采纳");
    int n = 0;
    for (Map<String, Object> c : jdbc.sql("SELECT commenter_name, commenter_phone, commenter_email, content, received_at, disposition, "
        + "disposition_reason, disposed_by, status, moderation_note FROM nf_public_comment WHERE case_id = ? ORDER BY received_at, id").param(id).query().listOfRows()) {
      n++;
      String who = personal ? (c.get("commenter_name") == null ? "匿名" : c.get("commenter_name")
          + (c.get("commenter_phone") == null ? "" : "，电话 " + c.get("commenter_phone"))
          + (c.get("commenter_email") == null ? "" : "，电子邮箱 " + c.get("commenter_email"))) : "社会公众（个人信息不予显示）";
      String disposition = "HIDDEN".equals(c.get("status"))
          ? "经审核不予公开" + (c.get("moderation_note") == null ? "" : "（" + c.get("moderation_note") + "）")
          : c.get("disposition") == null ? "尚未处理" : dispositions.getOrDefault((String) c.get("disposition"), "其他")
          + (c.get("disposition_reason") == null ? "" : "，理由：" + c.get("disposition_reason"));
      out.add(new Paper("公众意见第 " + n + " 条", time(c.get("received_at")), who, c.get("content") + "\n\n处理结果：" + disposition));
    }
    for (Map<String, Object> r : jdbc.sql("SELECT started_on, due_on, outcome, opinion, advisor_opinion, advisor_by, legal_risk_statement, "
        + "missing_procedures, reviewed_on, reviewed_by FROM nf_legality_review WHERE case_id = ? ORDER BY started_on").param(id).query().listOfRows()) {
      if (r.get("advisor_opinion") != null) {
        out.add(new Paper("法律顾问意见", day(r.get("started_on")), names.personWithGroups((String) r.get("advisor_by")), (String) r.get("advisor_opinion")));
      }
      if (r.get("outcome") != null) {
        String text = "审查结论：" + ComplianceChecks.LEGALITY_OUTCOMES.getOrDefault((String) r.get("outcome"), "（其他）") + "\n\n"
            + (r.get("opinion") == null ? "" : r.get("opinion"))
            + (r.get("legal_risk_statement") == null ? "" : "\n\n法律风险：" + r.get("legal_risk_statement"))
            + (r.get("missing_procedures") == null ? "" : "\n\n需补正的程序：" + missing((String) r.get("missing_procedures")));
        out.add(new Paper("合法性审查意见", day(r.get("reviewed_on")), names.personWithGroups((String) r.get("reviewed_by")), text));
      }
    }
    // issue 24, R-MD-09 (713 Art 26): each return of the materials, what was supplemented and the new limit
    for (Map<String, Object> r : jdbc.sql("SELECT reason, requested, returned_on, returned_by, due_on_at_return, "
        + "remaining_working_days, on_return, supplement_note, supplemented_by, resumed_on, new_due_on "
        + "FROM nf_legality_review_return WHERE case_id = ? ORDER BY id").param(id).query().listOfRows()) {
      out.add(new Paper("合法性审查：退回材料（要求补充）", day(r.get("returned_on")), names.personWithGroups((String) r.get("returned_by")),
          "退回理由：" + r.get("reason") + "\n需要补充或者更正的材料：" + r.get("requested") + "\n退回时审查期限至 "
              + day(r.get("due_on_at_return")) + "，尚余 " + r.get("remaining_working_days") + " 个工作日；期限处理："
              + ("PAUSE".equals(r.get("on_return")) ? "中止，补充后接续计算" : "补充后重新计算")
              + (r.get("supplement_note") == null ? "\n尚未补充" : "\n\n补充情况（" + names.personWithGroups((String) r.get("supplemented_by"))
                  + "）：" + r.get("supplement_note") + "\n" + day(r.get("resumed_on")) + " 继续审查，审查期限至 " + day(r.get("new_due_on")))));
    }
    if (row.kind().equals(CaseRegister.DOCUMENT)) {
      Map<String, String> fcr = Map.of("PASSES", "符合审查标准", "EXCEPTION", "适用例外规定", "FAILS", "违反审查标准");
      Map<String, String> followUps = Map.of("REVISE", "修改草案后重新审查", "ABANDON", "放弃制定");
      for (Map<String, Object> r : jdbc.sql("SELECT conclusion, opinion, exception_ground, exception_justification, exception_end_date, "
          + "exception_end_condition, reviewed_by, reviewed_at, follow_up, follow_up_reason, follow_up_by "
          + "FROM nf_fair_competition_review WHERE document_id = ? ORDER BY id").param(id).query().listOfRows()) {
        out.add(new Paper("公平竞争审查意见", time(r.get("reviewed_at")), names.personWithGroups((String) r.get("reviewed_by")),
            "审查结论：" + fcr.getOrDefault((String) r.get("conclusion"), "（其他）") + "\n\n" + r.get("opinion")
                + (r.get("exception_ground") == null ? "" : "\n\n适用例外的情形：" + grounds.label(org.normflow.validation.Grounds.DECISION_FCR_EXCEPTION, (String) r.get("exception_ground")))
                + (r.get("exception_justification") == null ? "" : "\n\n适用例外的理由：" + r.get("exception_justification"))
                + (r.get("exception_end_date") == null ? "" : "\n实施期限：" + day(r.get("exception_end_date")))
                + (r.get("exception_end_condition") == null ? "" : "\n终止条件：" + r.get("exception_end_condition"))
                + (r.get("follow_up") == null ? "" : "\n\n起草单位的决定（" + names.personWithGroups((String) r.get("follow_up_by")) + "）："
                    + followUps.getOrDefault((String) r.get("follow_up"), "（其他）") + "。理由：" + r.get("follow_up_reason"))));
      }
      for (Map<String, Object> r : jdbc.sql("SELECT enterprises, associations, method, heard_on, summary, recorded_by, recorded_at "
          + "FROM nf_operators_hearing WHERE document_id = ? ORDER BY id").param(id).query().listOfRows()) {
        out.add(new Paper("听取经营者和行业协会商会意见（" + day(r.get("heard_on")) + "）", time(r.get("recorded_at")),
            names.personWithGroups((String) r.get("recorded_by")), "经营者：" + r.get("enterprises")
                + (r.get("associations") == null ? "" : "\n行业协会商会：" + r.get("associations"))
                + "\n\n意见摘要及采纳情况：" + r.get("summary")));
      }
      for (Map<String, Object> r : jdbc.sql("SELECT version_no, action, reason, refused_by, note, refused_at FROM nf_signing_refusal "
          + "WHERE document_id = ? ORDER BY id").param(id).query().listOfRows()) {
        out.add(new Paper("不予签发（" + ("NOT_ISSUE".equals(r.get("action")) ? "不予出台" : "退回修改") + "）", time(r.get("refused_at")),
            r.get("note") != null ? (String) r.get("note") : names.personWithGroups((String) r.get("refused_by")),
            (r.get("version_no") == null ? "" : "第 " + r.get("version_no") + " 稿。") + "理由：" + r.get("reason")));
      }
      for (Map<String, Object> r : jdbc.sql("SELECT missing_procedures, legality_opinion, recorded_at FROM nf_document_make_up "
          + "WHERE document_id = ? ORDER BY id").param(id).query().listOfRows()) {
        out.add(new Paper("补正程序（" + missing((String) r.get("missing_procedures")) + "）", time(r.get("recorded_at")), "系统",
            r.get("legality_opinion") == null ? "按合法性审查意见补正上述程序。" : "合法性审查意见：\n" + r.get("legality_opinion")));
      }
      Map<String, String> outcomes = Map.of("APPROVED", "通过", "APPROVED_WITH_AMENDMENTS", "修改后通过", "REJECTED", "不予通过");
      for (Map<String, Object> r : jdbc.sql("SELECT meeting_kind, meeting_date, participants, outcome, meeting_record, recorded_by, recorded_at "
          + "FROM nf_deliberation WHERE document_id = ? ORDER BY id").param(id).query().listOfRows()) {
        out.add(new Paper("集体审议记录（" + r.get("meeting_kind") + "，" + day(r.get("meeting_date")) + "）", time(r.get("recorded_at")),
            names.personWithGroups((String) r.get("recorded_by")), "参加人员：" + r.get("participants") + "\n审议结论："
                + outcomes.getOrDefault((String) r.get("outcome"), "（其他）") + "\n\n" + r.get("meeting_record")));
      }
      // R-ND-15: incidental reviews by a 行政复议 body, with the answer and what the body stopped
      for (Map<String, Object> r : jdbc.sql("SELECT review_body, review_case_number, received_on, questioned_clauses, answer_due, "
          + "answer_sent_on, answer_reference, answer_summary, answered_late, overdue_measures, outcome, outcome_on, outcome_number, "
          + "stopped_clauses, follow_up, registered_by, registered_at FROM nf_challenge WHERE document_id = ? ORDER BY id")
          .param(id).query().listOfRows()) {
        out.add(new Paper("附带审查（" + r.get("review_body") + "，" + r.get("review_case_number") + "）", time(r.get("registered_at")),
            names.personWithGroups((String) r.get("registered_by")),
            "收到日期：" + day(r.get("received_on")) + "\n被审查的条款：" + r.get("questioned_clauses") + "\n书面答复期限："
                + day(r.get("answer_due"))
                + (r.get("answer_sent_on") == null ? "\n书面答复：尚未发出"
                    : "\n书面答复：" + r.get("answer_reference") + "，" + day(r.get("answer_sent_on")) + " 发出"
                        + (Boolean.TRUE.equals(r.get("answered_late")) ? "（逾期）" : "") + "\n" + r.get("answer_summary"))
                + (r.get("overdue_measures") == null ? "" : "\n主要负责人督办措施：" + r.get("overdue_measures"))
                + (r.get("outcome") == null ? "\n审查结论：待复议机关作出"
                    : "\n审查结论：" + org.normflow.challenge.ChallengeOutcome.label((String) r.get("outcome")) + "（"
                        + r.get("outcome_number") + "，" + day(r.get("outcome_on")) + "）")
                + (r.get("stopped_clauses") == null ? "" : "\n决定停止执行的条款：" + r.get("stopped_clauses"))
                + (r.get("follow_up") == null || "NONE".equals(r.get("follow_up")) ? ""
                    : "\n纠正方式：" + ("ABOLISH".equals(r.get("follow_up")) ? "提出废止" : "启动修订"))));
      }
    } else {
      for (Map<String, Object> r : jdbc.sql("SELECT discussion_round, meeting_date, meeting_kind, presider, attendees, recorded_by, recorded_at "
          + "FROM nf_decision_meeting WHERE decision_id = ? ORDER BY id").param(id).query().listOfRows()) {
        out.add(new Paper("集体讨论会议（第 " + r.get("discussion_round") + " 轮，" + r.get("meeting_kind") + "，" + day(r.get("meeting_date")) + "）",
            time(r.get("recorded_at")), names.personWithGroups((String) r.get("recorded_by")),
            "主持人：" + r.get("presider") + "\n出席人员：" + r.get("attendees")));
      }
      for (Map<String, Object> r : jdbc.sql("SELECT kind, content, created_by, created_at FROM nf_decision_report WHERE decision_id = ? ORDER BY id")
          .param(id).query().listOfRows()) {
        out.add(new Paper(REPORT_KINDS.getOrDefault((String) r.get("kind"), "记录"), time(r.get("created_at")),
            names.personWithGroups((String) r.get("created_by")), (String) r.get("content")));
      }
      for (Map<String, Object> r : jdbc.sql("SELECT discussion_round, member_id, member_role, vote, opinion, signature, created_at "
          + "FROM nf_decision_opinion WHERE decision_id = ? ORDER BY id").param(id).query().listOfRows()) {
        String role = ROLES.getOrDefault((String) r.get("member_role"), "意见");
        int round = ((Number) r.get("discussion_round")).intValue();
        out.add(new Paper(role + (round > 0 ? "（第 " + round + " 轮讨论）" : ""), time(r.get("created_at")),
            names.personWithGroups((String) r.get("member_id")),
            (r.get("vote") == null ? "" : "表决：" + ComplianceChecks.VOTES.getOrDefault((String) r.get("vote"), "（其他）") + "\n\n")
                + r.get("opinion") + (r.get("signature") == null ? "" : "\n\n签名：" + r.get("signature"))));
      }
    }
    // issue 24 point 11: the policy explanation and the adjustment period published with the text
    Map<String, String> forms = Map.of("TEXT", "文字解读", "GRAPHIC", "图表图解", "VIDEO", "音视频解读", "PRESS", "新闻发布会或者访谈",
        "NONE", "不另行解读");
    for (Map<String, Object> r : jdbc.sql("SELECT interpretation_form, interpretation_content, interpretation_published_on, "
        + "adjustment_period, adjustment_days, adjustment_note, recorded_by, recorded_at FROM nf_publication_explanation "
        + "WHERE case_id = ? ORDER BY id").param(id).query().listOfRows()) {
      String adjustment = r.get("adjustment_period") == null ? ""
          : "GIVEN".equals(r.get("adjustment_period")) ? "\n\n适应调整期：自公布至施行 " + r.get("adjustment_days") + " 日"
              + (r.get("adjustment_note") == null ? "" : "；" + r.get("adjustment_note"))
          : "NONE".equals(r.get("adjustment_period")) ? "\n\n适应调整期：不留，理由：" + r.get("adjustment_note")
          : "\n\n适应调整期：不涉及经营者的经济活动";
      out.add(new Paper("政策解读" + (r.get("adjustment_period") == null ? "" : "和适应调整期"), time(r.get("recorded_at")),
          names.personWithGroups((String) r.get("recorded_by")),
          "解读形式：" + forms.getOrDefault((String) r.get("interpretation_form"), "（其他）")
              + (r.get("interpretation_published_on") == null ? "" : "，" + day(r.get("interpretation_published_on")) + " 发布")
              + (r.get("interpretation_content") == null ? "" : "\n" + r.get("interpretation_content")) + adjustment));
    }
    return out;
  }

  private static String missing(String codes) {
    Map<String, String> labels = Map.of("CONSULTATION", "公开征求意见", "FAIR_COMPETITION_REVIEW", "公平竞争审查", "HEARING", "听证",
        "EXPERT_ARGUMENTATION", "专家论证", "RISK_ASSESSMENT", "风险评估");
    List<String> out = new ArrayList<>();
    for (String c : codes.split(",")) {
      out.add(labels.getOrDefault(c.strip(), "其他程序"));
    }
    return String.join("、", out);
  }

  private static String day(Object value) {
    return value == null ? "" : AnnualFigures.date(value).toString();
  }

  private static String time(Object value) {
    return value instanceof Timestamp ts ? AuditTime.time(ts.toInstant()) : value == null ? "" : day(value);
  }

}
