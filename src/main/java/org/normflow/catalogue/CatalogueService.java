package org.normflow.catalogue;

import org.normflow.validation.LegalBasis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.normflow.catalogue.CatalogueItem.ItemStatus;
import org.normflow.validation.FormValidationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual decision catalogue (决策事项目录, R-MD-01): compiled by the legal office, approved by
 * the decision organ, published, and adjusted during the year only with a recorded reason. A
 * decision process starts from an item of a published catalogue, or records itself as an adjustment.
 */
@Service
public class CatalogueService {

  private final CatalogueRepository repository;
  private final RuntimeService runtimeService;

  CatalogueService(CatalogueRepository repository, @Lazy RuntimeService runtimeService) {
    this.repository = repository;
    this.runtimeService = runtimeService;
  }

  /** What the legal office gives for a new item. */
  public record NewItem(String title, String leadUnit, LocalDate plannedCompletion, boolean hearingPlanned,
      String adjustmentReason) {}

  /**
   * Adds an item; once the catalogue is approved or published, only as an adjustment with its reason.
   * Issue 22: no step and no endpoint calls this any more (the units propose in Task_ProposeItems, the
   * legal office compiles, adjustments go through Task_KeepCatalogue and the head's Task_ApproveAdjustment);
   * it seeds a catalogue that no procedure keeps (tests, a year kept before the procedure existed). A year
   * a decision-catalogue case keeps is refused: its items are that case's.
   */
  @Transactional
  public CatalogueItem addItem(int year, NewItem item, String user) {
    List<String> problems = new ArrayList<>();
    checkYear(year, problems);
    repository.header(year).map(CatalogueRepository.Header::caseId).ifPresent(owner ->
        problems.add(keptByCase(year) + "，事项由各单位在该程序中提出、法制机构编制，年度中的变化经目录调整办理"));
    String title = item.title() == null ? "" : item.title().strip();
    String unit = item.leadUnit() == null ? "" : item.leadUnit().strip();
    String reason = item.adjustmentReason() == null || item.adjustmentReason().isBlank()
        ? null : item.adjustmentReason().strip();
    if (title.isEmpty()) {
      problems.add("请填写“决策事项名称”");
    } else if (title.length() > 500) {
      problems.add("“决策事项名称”不能超过 500 个字");
    }
    if (unit.isEmpty()) {
      problems.add("请填写“承办单位”");
    } else if (unit.length() > 200) {
      problems.add("“承办单位”不能超过 200 个字");
    }
    if (reason != null && reason.length() > 2000) {
      problems.add("“调整理由”不能超过 2000 个字");
    }
    if (item.plannedCompletion() != null && item.plannedCompletion().getYear() < year) {
      problems.add("“计划完成时间”不能早于目录年度");
    }
    Catalogue.Status status = repository.header(year).map(CatalogueRepository.Header::status).orElse(null);
    if (status != null && status != Catalogue.Status.DRAFT && reason == null) {
      problems.add(year + " 年度决策事项目录" + status.label()
          + "，年度中增加事项属于目录调整，请填写“调整理由”" + LegalBasis.cite("R-MD-01"));
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    if (status == null) {
      repository.createHeader(year);
    }
    // in a draft catalogue a reason is not an adjustment
    String adjustment = status == null || status == Catalogue.Status.DRAFT ? null : reason;
    long id = repository.insertItem(year, title, unit, item.plannedCompletion(), item.hearingPlanned(), adjustment, user);
    return repository.item(id);
  }

  /**
   * The head's approval, recorded by Task_ApproveCatalogue of {@code caseId} (null only for a year no
   * case keeps, see {@link #addItem}): a year another case keeps is refused (issue 22).
   */
  @Transactional
  public Catalogue approve(int year, String caseId, String user) {
    Catalogue.Status status = requireCatalogue(year);
    requireKeeper(year, caseId);
    if (status != Catalogue.Status.DRAFT) {
      throw new FormValidationException(List.of(year + " 年度决策事项目录" + status.label() + "，不能重复批准"));
    }
    if (repository.items(year).isEmpty()) {
      throw new FormValidationException(List.of(year + " 年度决策事项目录还没有事项，不能批准"));
    }
    repository.approve(year, user);
    return view(year);
  }

  /**
   * Issue 24 point 4, R-MD-01 (713 Art 3): the same-level Party committee's answer on the approved
   * catalogue, recorded by Task_PartyCommitteeConsent of {@code caseId}. A refusal returns the catalogue to
   * a draft the legal office compiles again and the head approves again; either answer is on the log.
   */
  @Transactional
  public void partyCommitteeAnswered(int year, String caseId, boolean agreed, String content, String user) {
    Catalogue.Status status = requireCatalogue(year);
    requireKeeper(year, caseId);
    if (status != Catalogue.Status.APPROVED) {
      throw new FormValidationException(List.of(year + " 年度决策事项目录" + status.label() + "，不能报请党委（党组）同意"));
    }
    if (!agreed) {
      repository.returnToDraft(year);
    }
    recordEvent(year, agreed ? "PARTY_COMMITTEE_CONSENTED" : "PARTY_COMMITTEE_REFUSED", content, user);
  }

  /** Publication, recorded by Task_PublishCatalogue of {@code caseId} (as {@link #approve}). */
  @Transactional
  public Catalogue publish(int year, String caseId, String user) {
    Catalogue.Status status = requireCatalogue(year);
    requireKeeper(year, caseId);
    if (status != Catalogue.Status.APPROVED) {
      throw new FormValidationException(List.of(
          year + " 年度决策事项目录" + status.label() + "，须经决策机关批准后才能公布，且只能公布一次"));
    }
    repository.publish(year, user);
    return view(year);
  }

  /** The catalogue with each item's status and the completion summary. */
  public Catalogue view(int year) {
    CatalogueRepository.Header header = repository.header(year).orElseThrow(
        () -> new org.normflow.validation.NotFoundException("没有 " + year + " 年度的决策事项目录"));
    List<CatalogueItem> items = repository.items(year);
    // proposed adjustments are listed with their state, but counted only once they are in the catalogue
    List<CatalogueItem> listed = items.stream().filter(i -> i.status().inCatalogue()).toList();
    int adjustments = (int) listed.stream().filter(CatalogueItem::adjustment).count();
    int completed = (int) listed.stream().filter(i -> i.status() == ItemStatus.COMPLETED).count();
    int open = (int) listed.stream().filter(i -> !i.status().finished()).count();
    return new Catalogue(year, header.status(), header.status().label(), header.approvedBy(),
        header.approvedAt() == null ? null : header.approvedAt().toLocalDateTime(), header.publishedBy(),
        header.publishedAt() == null ? null : header.publishedAt().toLocalDateTime(), items, listed.size(),
        adjustments, completed, open);
  }

  public CatalogueItem item(long id) {
    return repository.item(id);
  }

  /**
   * The problem that stops a decision from starting on this item, or null: the item must be in a
   * published catalogue (or be a recorded adjustment) and not yet taken up by another decision.
   */
  public String startProblem(long itemId) {
    CatalogueItem item = repository.item(itemId);
    Catalogue.Status status = repository.header(item.year()).map(CatalogueRepository.Header::status).orElseThrow();
    if (status != Catalogue.Status.PUBLISHED && !item.adjustment()) {
      return "事项“" + item.title() + "”所在的 " + item.year() + " 年度决策事项目录尚未公布" + LegalBasis.cite("R-MD-01");
    }
    if (item.status() != ItemStatus.PLANNED) {
      return "事项“" + item.title() + "”当前状态为“" + item.status().label() + "”，不能再次发起";
    }
    return null;
  }

  /**
   * Issue 24 point 9, R-MD-01: the item of the year's catalogue (or a pending proposal) that already holds
   * the matter of this title, if any: a matter in the catalogue is linked, never entered twice. Titles are
   * compared without spaces and punctuation; only open items count (not started, in progress, or a pending
   * proposal): an item removed, refused or ended is no longer a matter the catalogue holds open.
   */
  public java.util.Optional<CatalogueItem> sameMatter(int year, String title) {
    String key = matterKey(title);
    return repository.items(year).stream()
        .filter(i -> i.status() == ItemStatus.PLANNED || i.status() == ItemStatus.IN_PROGRESS
            || i.status() == ItemStatus.PROPOSED)
        .filter(i -> matterKey(i.title()).equals(key)).findFirst();
  }

  static String matterKey(String title) {
    return title == null ? "" : title.replaceAll("[\\s\\p{Punct}，。、；：“”‘’（）《》【】！？·]", "");
  }

  /** Records a mid-year item as an adjustment of the (published or approved) catalogue of that year. */
  @Transactional
  public CatalogueItem addAdjustment(int year, String title, String leadUnit, String reason, String user) {
    if (repository.header(year).isEmpty()) {
      repository.createHeader(year);
    }
    long id = repository.insertItem(year, title, leadUnit, null, false, reason, user);
    return repository.item(id);
  }

  public void markStatus(long itemId, ItemStatus status, String decisionId, LocalDate completedOn) {
    CatalogueItem item = repository.item(itemId);
    if (item.status() == ItemStatus.PROPOSED && status != ItemStatus.IN_PROGRESS && status != ItemStatus.PROPOSED) {
      // the head did not start a proposed item: the adjustment is not approved, the item never enters the catalogue
      repository.updateStatus(itemId, ItemStatus.ADJUSTMENT_REFUSED, decisionId, completedOn);
      repository.addEvent(item.year(), itemId, "ADJUSTMENT_REFUSED", "未同意列入目录：" + item.title() + "（建议承办单位："
          + item.leadUnit() + "；决策程序结果：" + status.label() + "）", null, item.createdBy(), null);
      return;
    }
    repository.updateStatus(itemId, status, decisionId, completedOn);
  }

  /**
   * Issue 10, R-MD-01: a drafter who starts a matter that is not in the year's catalogue only proposes
   * an adjustment (增加事项). The item is recorded as PROPOSED, outside the catalogue (not counted, not
   * published, not offered for keeping) until the head, deciding at Task_DecideStart whether to start
   * the procedure, also decides the adjustment ({@link #approveProposedAdjustment}).
   */
  @Transactional
  public CatalogueItem proposeAdjustment(int year, String title, String leadUnit, String reason, String user) {
    if (repository.header(year).isEmpty()) {
      repository.createHeader(year);
    }
    long id = repository.insertItem(year, title, leadUnit, null, false, reason, user);
    repository.updateStatus(id, ItemStatus.PROPOSED, null, null);
    repository.addEvent(year, id, "PROPOSED", "提出目录调整（增加事项）：" + title + "（建议承办单位：" + leadUnit + "）",
        reason, user, null);
    return repository.item(id);
  }

  /**
   * The head decided to start a proposed item: the adjustment is approved and the item is part of the
   * catalogue from now on (the public catalogue lists it with its reason), its decision in progress.
   */
  @Transactional
  public CatalogueItem approveProposedAdjustment(long itemId, String decisionId, String approvedBy) {
    CatalogueItem item = repository.item(itemId);
    if (item.status() != ItemStatus.PROPOSED) {
      return item;
    }
    repository.updateStatus(itemId, ItemStatus.IN_PROGRESS, decisionId, null);
    repository.addEvent(item.year(), itemId, "ADD", ADJUSTMENT_KINDS.get("ADD") + "：第 " + item.itemNo() + " 项 "
        + item.title() + "（承办单位：" + item.leadUnit() + "；主要负责人决定启动决策程序时同意列入目录）",
        item.adjustmentReason(), item.createdBy(), approvedBy);
    return repository.item(itemId);
  }

  // ---- issue 10: the catalogue as a procedure (process decision-catalogue)

  /** The kinds of an in-year adjustment (目录调整) and their words. */
  public static final java.util.Map<String, String> ADJUSTMENT_KINDS =
      java.util.Map.of("ADD", "增加事项", "REMOVE", "调出事项", "CHANGE", "变更事项");

  /**
   * Opens the year's catalogue for compiling by the case {@code caseId}; a catalogue already approved or
   * published is not opened again, and a year another running case keeps is refused (issue 22: two cases
   * of one year would leave the slower one waiting at a step the catalogue has passed, for good). A
   * keeper that no longer runs (it cannot end before publication, but an earlier release could delete
   * a case) hands the draft over.
   */
  @Transactional
  public void openDraft(int year, String caseId) {
    List<String> problems = new ArrayList<>();
    checkYear(year, problems);
    Catalogue.Status status = repository.header(year).map(CatalogueRepository.Header::status).orElse(null);
    if (status != null && status != Catalogue.Status.DRAFT) {
      problems.add(year + " 年度决策事项目录" + status.label() + "；年度中的变化请通过目录调整办理");
    }
    if (!problems.isEmpty()) {
      throw new FormValidationException(problems);
    }
    if (status == null) {
      repository.createHeader(year);
    }
    String keeper = repository.header(year).map(CatalogueRepository.Header::caseId).orElse(null);
    if (caseId.equals(keeper)) {
      return;
    }
    if (keeper != null && runtimeService.createProcessInstanceQuery().processInstanceId(keeper).count() > 0) {
      throw new FormValidationException(List.of(keptByCase(year) + "，不能为该年度再发起一次" + LegalBasis.cite("R-MD-01")));
    }
    if (!repository.takeOver(year, caseId, keeper)) {
      throw new FormValidationException(List.of(keptByCase(year) + "，不能为该年度再发起一次" + LegalBasis.cite("R-MD-01")));
    }
  }

  /** The case that keeps the year's catalogue, or null (a year seeded outside the procedure, or none). */
  public String keeper(int year) {
    return repository.header(year).map(CatalogueRepository.Header::caseId).orElse(null);
  }

  private void requireKeeper(int year, String caseId) {
    String keeper = keeper(year);
    if (keeper != null && !keeper.equals(caseId)) {
      throw new FormValidationException(List.of(keptByCase(year) + "，只能在该程序的任务中办理"));
    }
  }

  private static String keptByCase(int year) {
    return year + " 年度决策事项目录正在“年度重大行政决策事项目录”程序中办理";
  }

  public long propose(int year, String unitGroup, String unitName, String title, LocalDate plannedCompletion,
      boolean hearingPlanned, String reason, String user) {
    return repository.insertProposal(year, unitGroup, unitName, title, plannedCompletion, hearingPlanned, reason, user);
  }

  public List<CatalogueProposal> proposals(int year) {
    return repository.proposals(year);
  }

  public List<CatalogueItem> items(int year) {
    return repository.items(year);
  }

  /** The draft catalogue is the chosen proposals, each led by the unit that proposed it (compiled anew each time). */
  @Transactional
  public List<CatalogueItem> compile(int year, String caseId, List<CatalogueProposal> chosen, String user) {
    requireKeeper(year, caseId);
    if (requireCatalogue(year) != Catalogue.Status.DRAFT) {
      throw new FormValidationException(List.of(year + " 年度决策事项目录已不是草案，不能重新编制"));
    }
    repository.deleteDraftItems(year);
    List<CatalogueItem> items = new ArrayList<>();
    for (CatalogueProposal p : chosen) {
      long id = repository.insertItem(year, p.title(), p.unitName(), p.plannedCompletion(), p.hearingPlanned(), null, user);
      repository.setLeadUnitGroup(id, p.unitGroup());
      items.add(repository.item(id));
    }
    repository.addEvent(year, null, "COMPILED", "编制目录草案，共 " + items.size() + " 项", null, user, null);
    return items;
  }

  /** An approved in-year adjustment, applied once the head approved it; returns the item concerned. */
  @Transactional
  public CatalogueItem adjust(int year, String kind, Long itemId, String title, String leadUnit, String leadUnitGroup,
      LocalDate plannedCompletion, String reason, String proposedBy, String approvedBy) {
    CatalogueItem item;
    switch (kind) {
      case "ADD" -> {
        long id = repository.insertItem(year, title, leadUnit, plannedCompletion, false, reason, proposedBy);
        repository.setLeadUnitGroup(id, leadUnitGroup);
        item = repository.item(id);
      }
      case "REMOVE" -> {
        repository.removeItem(itemId, reason);
        item = repository.item(itemId);
      }
      case "CHANGE" -> {
        CatalogueItem before = repository.item(itemId);
        repository.changeItem(itemId, title == null ? before.title() : title,
            leadUnit == null ? before.leadUnit() : leadUnit,
            leadUnitGroup == null ? before.leadUnitGroup() : leadUnitGroup,
            plannedCompletion == null ? before.plannedCompletion() : plannedCompletion);
        item = repository.item(itemId);
      }
      default -> throw new IllegalArgumentException(kind);
    }
    repository.addEvent(year, item.id(), kind, ADJUSTMENT_KINDS.get(kind) + "：第 " + item.itemNo() + " 项 "
        + item.title() + "（承办单位：" + item.leadUnit() + "）", reason, proposedBy, approvedBy);
    return item;
  }

  public void recordEvent(int year, String kind, String content, String user) {
    repository.addEvent(year, null, kind, content, null, user, null);
  }

  public List<java.util.Map<String, Object>> events(int year) {
    return repository.events(year);
  }

  /** Year end (R-MD-01): the items not completed, with their state; removed items are not counted. */
  public List<CatalogueItem> notCompleted(int year) {
    return repository.items(year).stream()
        .filter(i -> i.status() != ItemStatus.COMPLETED && i.status() != ItemStatus.REMOVED
            && i.status() != ItemStatus.ADJUSTMENT_REFUSED).toList();
  }

  private Catalogue.Status requireCatalogue(int year) {
    return repository.header(year).map(CatalogueRepository.Header::status).orElseThrow(
        () -> new org.normflow.validation.NotFoundException("没有 " + year + " 年度的决策事项目录"));
  }

  private static void checkYear(int year, List<String> problems) {
    if (year < 2000 || year > 2100) {
      problems.add("目录年度 " + year + " 无效");
    }
  }
}
