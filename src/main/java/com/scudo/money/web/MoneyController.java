package com.scudo.money.web;

import com.scudo.money.ExchangeRate;
import com.scudo.money.Money;
import com.scudo.money.RateCsv;
import com.scudo.shared.WorkspaceId;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** The reporting currency and the exchange rates a merchant loads (JSON, or CSV with currency,date,rate). */
@RestController
@RequestMapping("/api/v1")
class MoneyController {
    private final Money money;

    MoneyController(Money money) {
        this.money = money;
    }

    record Rates(List<ExchangeRate> rates) {
    }

    record ReportingCurrency(String currency) {
    }

    @GetMapping("/exchange-rates")
    Map<String, Object> rates(WorkspaceId workspace) {
        return Map.of("reportingCurrency", money.reportingCurrency(workspace), "rates", money.rates(workspace));
    }

    @PostMapping(path = "/exchange-rates", consumes = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> loadJson(WorkspaceId workspace, @RequestBody Rates body) {
        return Map.of("loaded", money.load(workspace, body.rates() == null ? List.of() : body.rates()));
    }

    @PostMapping(path = "/exchange-rates", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    Map<String, Object> loadCsv(WorkspaceId workspace, @RequestBody String csv) throws IOException {
        return Map.of("loaded", money.load(workspace, RateCsv.read(new StringReader(csv))));
    }

    @GetMapping("/settings/reporting-currency")
    ReportingCurrency reportingCurrency(WorkspaceId workspace) {
        return new ReportingCurrency(money.reportingCurrency(workspace));
    }

    @PutMapping("/settings/reporting-currency")
    ReportingCurrency setReportingCurrency(WorkspaceId workspace, @RequestBody ReportingCurrency body) {
        money.setReportingCurrency(workspace, body.currency());
        return new ReportingCurrency(money.reportingCurrency(workspace));
    }
}
