package org.normflow.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read access to the normative-document registry (authenticated, see RestAuthentication). */
@RestController
@RequestMapping("/api/documents")
class DocumentController {

  private final DocumentRepository documents;

  DocumentController(DocumentRepository documents) {
    this.documents = documents;
  }

  @GetMapping
  List<DocumentRecord> list(@RequestParam(required = false) Stage stage) {
    return documents.list(stage);
  }

  @GetMapping("/{id}")
  DocumentRecord get(@PathVariable String id) {
    return documents.get(id);
  }
}
