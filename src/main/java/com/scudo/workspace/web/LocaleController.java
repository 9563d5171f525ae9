package com.scudo.workspace.web;

import com.scudo.shared.WorkspaceId;
import com.scudo.workspace.WorkspaceLocale;
import com.scudo.workspace.Workspaces;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's time zone and locale, which every page and answer formats its dates and numbers with. */
@RestController
@RequestMapping("/api/v1/settings/locale")
class LocaleController {
    private final Workspaces workspaces;

    LocaleController(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    /** {@code {"timeZone": "Europe/Berlin", "locale": "de-DE"}}. */
    record LocaleSetting(String timeZone, String locale) {
        static LocaleSetting of(WorkspaceLocale value) {
            return new LocaleSetting(value.timeZone().getId(), value.locale().toLanguageTag());
        }
    }

    @GetMapping
    LocaleSetting locale(WorkspaceId workspace) {
        return LocaleSetting.of(workspaces.locale(workspace));
    }

    @PutMapping
    LocaleSetting setLocale(WorkspaceId workspace, @RequestBody LocaleSetting body) {
        workspaces.setLocale(workspace, WorkspaceLocale.of(body.timeZone(), body.locale()));
        return LocaleSetting.of(workspaces.locale(workspace));
    }
}
