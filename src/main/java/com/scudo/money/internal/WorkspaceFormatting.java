package com.scudo.money.internal;

import com.scudo.money.Formatting;
import com.scudo.money.Money;
import com.scudo.shared.Figures;
import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.WorkspaceLocale;
import com.scudo.workspace.Workspaces;
import org.springframework.stereotype.Component;

/** The reporting currency from {@link Money}, the time zone and locale from the workspace registry (both cached). */
@Component
class WorkspaceFormatting implements Formatting {
    private final Money money;
    private final Workspaces workspaces;

    WorkspaceFormatting(Money money, Workspaces workspaces) {
        this.money = money;
        this.workspaces = workspaces;
    }

    @Override
    public Figures of(WorkspaceId workspace) {
        WorkspaceLocale locale = workspaces.locale(workspace);
        return new Figures(money.reportingCurrency(workspace), locale.locale(), locale.timeZone());
    }
}
