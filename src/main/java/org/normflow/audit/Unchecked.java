package org.normflow.audit;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.normflow.identity.EngineReads;
import org.springframework.stereotype.Component;

/**
 * Engine reads the workbench makes after {@link WorkbenchAccess} decided which cases the reader may see:
 * history, names and groups are then read without the reader's own engine checks (a legal officer holds
 * no READ on a case they never worked on, yet reads its file here). Only reads go through here.
 */
@Component
class Unchecked {

  private final EngineReads reads;

  Unchecked(EngineReads reads) {
    this.reads = reads;
  }

  <T> T read(Supplier<T> read) {
    return reads.unchecked(read);
  }

  ProcessEngine engine() {
    return reads.engine();
  }
}
