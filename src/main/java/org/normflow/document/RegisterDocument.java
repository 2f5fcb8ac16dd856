package org.normflow.document;

import static org.normflow.process.NormativeDocumentVariables.*;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.normflow.validation.FormCheck;
import org.springframework.stereotype.Component;

/** Checks the start form and opens the document's registry record (stage 起草中). */
@Component("registerDocument")
class RegisterDocument implements JavaDelegate {

  static final List<String> DOC_TYPES = List.of("通知", "办法", "规定", "细则", "意见", "决定", "公告", "其他");

  private final DocumentRepository documents;

  RegisterDocument(DocumentRepository documents) {
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormCheck check = FormCheck.of(execution);
    String title = check.text(TITLE, "文件标题", 200);
    String docType = check.oneOf(DOC_TYPE, "文件类型", DOC_TYPES);
    String unit = check.text(ISSUING_UNIT, "制定机关（起草单位）", 100);
    LocalDate planned = check.optionalDate(PLANNED_EFFECTIVE_DATE, "拟施行日期");
    check.verify();

    String id = execution.getProcessBusinessKey() != null ? execution.getProcessBusinessKey() : execution.getProcessInstanceId();
    documents.insert(
        new DocumentRepository.NewDocument(
            id,
            execution.getProcessInstanceId(),
            title,
            docType,
            unit,
            check.flag(AFFECTS_RIGHTS),
            check.flag(CONCERNS_MARKET),
            check.flag(MAJOR_DECISION),
            check.flag(TRIAL),
            planned,
            execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication() == null
                ? null
                : execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication().getUserId()));
    execution.setVariable(DOCUMENT_ID, id);
    // checkboxes left untouched arrive as null: gateways and the DMN read them as plain booleans
    for (String flag : List.of(AFFECTS_RIGHTS, CONCERNS_MARKET, MAJOR_DECISION, TRIAL)) {
      execution.setVariable(flag, check.flag(flag));
    }
  }
}
