package com.scudo.money;

import com.scudo.shared.Figures;
import com.scudo.shared.WorkspaceId;

/** How a workspace writes its figures: its reporting currency with its time zone and locale. */
public interface Formatting {

    Figures of(WorkspaceId workspace);
}
